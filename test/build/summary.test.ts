// The build's default output is read at a glance: every warning, the nothing-lost figure and one
// summary line; the stage lines and totals are behind --verbose, and every figure is in --json.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { ROOT, listTree, runCli, tempDir, writeTree, type CliRun } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-06-01 10:00";
const STAGES = [
  "load",
  "parse",
  "probe",
  "index",
  "bodies",
  "collect",
  "plan",
  "render",
  "images",
  "deploy",
  "verify",
  "record",
  "search",
  "publish",
];
let root = "";
let content = "";

/** Builds the tree (into a fresh folder by default) with `extra` flags, as if started beside `content/`. */
function build(
  extra: readonly string[],
  out = path.join(tempDir(), "dist"),
): CliRun & { out: string } {
  const cache = path.join(out, "..", "cache");
  const args = ["--content", content, "--out", out, "--now", NOW, "--cache", cache, ...extra];
  const r = runCli(args, { env: { INIT_CWD: root } });
  assert.equal(r.status, 0, r.stderr);
  return { ...r, out };
}

/** Every file of an output folder but the site's own assets, host recipes and hidden marker. */
function outputFiles(out: string): number {
  const own = /^(assets\/|\.|_headers$|vercel\.json$|nginx\.conf$)/;
  return listTree(out).filter((f) => !own.test(f)).length;
}

before(() => {
  root = tempDir();
  content = path.join(root, "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/one.md": article({
      title: '"One"',
      date: "2024-05-01",
      image: '{ src: /media/boats.jpg, alt: "Boats" }',
    }),
    "articles/two.md": article({ title: '"Two"', date: "2024-05-02", section: "tech" }),
    "articles/draft.md": article({ title: '"Draft"', draft: "true" }),
    "articles/soon.md": article({ title: '"Soon"', date: "2024-06-02" }),
    "notes.txt": "an editor's note, not content\n",
  });
  fs.mkdirSync(path.join(content, "media"));
  fs.copyFileSync(
    path.join(ROOT, "content/media/dragon-boats.jpg"),
    path.join(content, "media/boats.jpg"),
  );
});

describe("build summary", () => {
  it("should print the warning, the nothing-lost figure and one summary line, and no stage lines", () => {
    const r = build([]);
    const files = outputFiles(r.out);
    const summary = new RegExp(
      `^built \\d+ pages \\(${files} files\\) from 2 articles in \\d+\\.\\d+ s — 1 draft, 1 scheduled, 1 warning\\n$`,
    );
    assert.match(r.stdout, summary);
    assert.deepEqual(
      r.stderr
        .trimEnd()
        .split("\n")
        .map((l) => l.split(" ")[0]),
      ["content/notes.txt:1:1", "", "published"],
      r.stderr,
    );
    assert.match(r.stderr, /^ {2}hint: /m);
    assert.match(r.stderr, /^published in 2 = article pages out 2$/m);
  });

  it("should count media and carried-over files: a rebuild into the same folder says the same", () => {
    const first = build(["--quiet"]);
    assert.ok(listTree(first.out).some((f) => /^media\/boats\.\w+-\d+\.jpg$/.test(f)));
    const again = build(["--verbose"], first.out);
    assert.match(again.stderr, /files 0 rendered \/ \d+ carried over/);
    const files = new RegExp(`^built \\d+ pages \\(${outputFiles(first.out)} files\\)`);
    assert.match(first.stdout, files);
    assert.match(again.stdout, files);
  });

  it("should add one line per stage and the totals with --verbose", () => {
    const r = build(["--verbose"]);
    const firstWords = r.stderr.split("\n").map((l) => l.split(" ")[0]);
    for (const stage of STAGES) assert.ok(firstWords.includes(stage), `${stage}:\n${r.stderr}`);
    assert.match(
      r.stderr,
      /^totals +article 2, .*; bodies \d+ cached \/ \d+ rendered; files \d+ rendered/m,
    );
    assert.match(r.stdout, /^built \d+ pages/);
  });

  it("should keep the stage details in --json", () => {
    const r = build(["--json"]);
    const report = JSON.parse(r.stdout) as {
      seconds: Record<string, number>;
      articles: { published: number; drafts: number; pending: number };
      warnings: { code: string }[];
      pages: Record<string, number>;
    };
    assert.deepEqual(Object.keys(report.seconds), ["startup", ...STAGES, "total"]);
    // From process start to the first stage: Node, the launcher or tsx, and the modules loaded.
    assert.ok(report.seconds.startup! > 0, "the time before the first stage is reported");
    assert.deepEqual(report.articles, { published: 2, drafts: 1, pending: 1, expired: 0 });
    assert.deepEqual(
      report.warnings.map((w) => w.code),
      ["W_IGNORED"],
    );
    assert.equal(report.pages.article, 2);
  });

  it("should print only the warning and the summary line with --quiet", () => {
    const r = build(["--quiet"]);
    assert.doesNotMatch(r.stderr, /published in|^load/m);
    assert.match(r.stderr, /W_IGNORED/);
    assert.match(r.stdout, /^built \d+ pages \(\d+ files\) from 2 articles/);
  });
});
