// Builds with nothing to do: when nothing changed since the last successful build into the same
// output (content, code, settings, clock span, the output itself), the build stops after loading,
// leaves the output as it was and repeats the last report; any change builds in full again.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { BuildReport } from "../../src/report.ts";
import { copyApp, listTree, runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-06-01 12:00";
const app = copyApp("broadsheet-uptodate-app-");

/** A small site: three articles, one of them tagged. */
function site(extra: Record<string, string> = {}): string {
  const content = path.join(tempDir("broadsheet-uptodate-"), "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/en/a.md": article({ title: '"Ferry timetable changes"', tags: '["Ferries"]' }),
    "articles/en/b.md": article({ title: '"Harbour dredging starts"', date: "2023-05-20 10:00" }),
    "articles/zh/c.md": article({ title: '"渡轮时刻表调整"', lang: "zh" }),
    ...extra,
  });
  return content;
}

/** Builds `content` into `out` with `cache`; returns the JSON report (exit 0 asserted). */
function build(content: string, out: string, cache: string, args: string[] = []): BuildReport {
  // Note: from a private copy of the app: .broadsheet/next-publish.json (checked by the stamp) is
  // written where the build starts, and other test files build from the repository root.
  const r = runCli(
    ["build", "--content", content, "--out", out, "--cache", cache, "--json", ...args],
    { cwd: app, app },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as BuildReport;
}

/** Every output file with its inode and bytes: an untouched output keeps both. */
function snapshot(out: string): Map<string, string> {
  return new Map(
    listTree(out).map((f) => {
      const p = path.join(out, f);
      return [f, `${fs.statSync(p).ino}:${fs.readFileSync(p).toString("base64")}`];
    }),
  );
}

describe("a build with nothing to do", () => {
  const root = tempDir("broadsheet-uptodate-run-");
  const content = site();
  const out = path.join(root, "dist");
  const cache = path.join(root, "cache");
  const at = ["--now", NOW];

  it("should leave the output untouched and repeat the last report", () => {
    const first = build(content, out, cache, at);
    assert.equal(first.upToDate, undefined);
    assert.ok(first.files.rendered > 0);
    const before = snapshot(out);
    const again = build(content, out, cache, at);
    assert.equal(again.upToDate, true);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(again.articles, first.articles);
    assert.deepEqual(again.pages, first.pages);
    assert.equal(again.files.rendered, 0);
    assert.equal(again.files.carried, first.files.rendered + first.files.carried);
    assert.deepEqual(again.warnings, first.warnings);
    assert.deepEqual(Object.keys(again.seconds).sort(), ["load", "stamp", "startup", "total"]);
    const args = ["build", "--content", content, "--out", out, "--cache", cache, ...at];
    const text = runCli(args, { cwd: app, app });
    assert.match(text.stdout, /^up to date \(nothing changed since the last build\): \d+ pages/m);
  });

  it("should build again, and mend the output, when an output file was edited or removed", () => {
    const want = snapshot(out);
    const page = listTree(out).find((f) => f.endsWith("index.html"))!;
    fs.appendFileSync(path.join(out, page), "<script>tampered</script>");
    const mended = build(content, out, cache, at);
    assert.equal(mended.upToDate, undefined);
    assert.equal(
      fs.readFileSync(path.join(out, page), "utf8"),
      Buffer.from(want.get(page)!.split(":")[1]!, "base64").toString("utf8"),
    );
    fs.rmSync(path.join(out, page));
    assert.equal(build(content, out, cache, at).upToDate, undefined);
    assert.ok(fs.existsSync(path.join(out, page)));
    assert.equal(build(content, out, cache, at).upToDate, true);
  });

  it("should build again when the content, the clock, the mode or the cache's manifest changed", () => {
    fs.appendFileSync(path.join(content, "articles/en/b.md"), "\nA late paragraph.\n");
    const edited = build(content, out, cache, at);
    assert.equal(edited.upToDate, undefined);
    assert.ok(edited.files.rendered > 0);
    assert.equal(build(content, out, cache, at).upToDate, true);
    assert.equal(build(content, out, cache, ["--now", "2024-06-02 12:00"]).upToDate, undefined);
    assert.equal(build(content, out, cache, ["--now", NOW, "--preview"]).upToDate, undefined);
    assert.equal(build(content, out, cache, at).upToDate, undefined);
    assert.equal(build(content, out, cache, at).upToDate, true);
    for (const f of fs.readdirSync(path.join(cache, "pages")))
      if (f.endsWith(".json")) fs.rmSync(path.join(cache, "pages", f));
    assert.equal(build(content, out, cache, at).upToDate, undefined);
    assert.equal(
      build(content, out, cache, [...at, "--out", path.join(root, "other")]).upToDate,
      undefined,
    );
  });

  it("should build again on the real clock once an embargo lifts", () => {
    // An article scheduled 25 s from now: the first two builds hold it back; after its time the
    // same content must publish it, not report the output up to date.
    const soon = new Date(Date.now() + 25_000).toISOString().replace(/\.\d+Z$/, "Z");
    const scheduled = site({
      "articles/en/soon.md": article({ title: '"Lifting at last"', date: JSON.stringify(soon) }),
    });
    const dir = tempDir("broadsheet-uptodate-clock-");
    const [o, c] = [path.join(dir, "dist"), path.join(dir, "cache")];
    assert.equal(build(scheduled, o, c).articles.pending, 1);
    const held = build(scheduled, o, c);
    assert.ok(Date.now() < Date.parse(soon), "the second build ran before the embargo lifted");
    assert.equal(held.upToDate, true);
    while (Date.now() <= Date.parse(soon))
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    const lifted = build(scheduled, o, c);
    assert.equal(lifted.upToDate, undefined);
    assert.equal(lifted.articles.pending, 0);
    assert.ok(
      listTree(o).some((f) => f.endsWith("/soon/index.html")),
      listTree(o).join("\n"),
    );
  });
});
