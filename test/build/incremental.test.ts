// Incremental builds: after any sequence of edits, a build that carries unchanged pages over from
// the previous output is byte-identical to a clean build of the same content. Runs a private copy
// of the code, so the sequence can change a layout too.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { copyApp, copyContent, listTree, runCli, tempDir } from "../helpers/cli.ts";

const NOW = "2025-01-01T00:00:00+08:00";
const root = tempDir("broadsheet-incremental-");
const app = copyApp("broadsheet-incremental-app-");
const content = copyContent();
const out = path.join(root, "dist");
const cache = path.join(root, "cache");
let clean = 0;

/** One build of the private app; returns the files it rendered, carried over and restored from the page store. */
function build(
  outDir: string,
  cacheDir: string,
): { rendered: number; carried: number; restored: number; upToDate: boolean } {
  const run = runCli(
    [
      "build",
      "--content",
      content,
      "--out",
      outDir,
      "--cache",
      cacheDir,
      "--now",
      NOW,
      "--verbose",
    ],
    { cwd: app, app, env: { CI: "" } },
  );
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const m = /files (\d+) rendered \/ (\d+) carried over/.exec(run.stderr);
  assert.ok(m, run.stderr);
  // A build with nothing to do stops after its stamp check: no plan, nothing restored.
  const upToDate = /^stamp +nothing changed since the last build/m.test(run.stderr);
  const store = /(\d+) from the page store/.exec(run.stderr);
  assert.ok(store || upToDate, run.stderr);
  return {
    rendered: Number(m[1]),
    carried: Number(m[2]),
    restored: Number(store?.[1] ?? 0),
    upToDate,
  };
}

/** The incremental output equals a clean build (fresh output folder, own cache) file for file. */
function assertSameAsClean(step: string): void {
  const fresh = path.join(root, `clean-${clean++}`);
  const full = build(fresh, path.join(root, `clean-cache-${clean}`));
  assert.equal(full.carried, 0, `${step}: a clean build carries nothing`);
  const want = listTree(fresh);
  assert.deepEqual(listTree(out), want, `${step}: same files`);
  for (const f of want) {
    const a = fs.readFileSync(path.join(out, f));
    const b = fs.readFileSync(path.join(fresh, f));
    assert.ok(a.equals(b), `${step}: ${f} differs from a clean build`);
  }
  fs.rmSync(fresh, { recursive: true, force: true });
}

function edit(rel: string, fn: (text: string) => string): void {
  const p = path.join(content, rel);
  const before = fs.readFileSync(p, "utf8");
  const after = fn(before);
  assert.notEqual(after, before, `edit of ${rel} changed nothing`);
  fs.writeFileSync(p, after);
}

const EN = "articles/en/2023";
const STEPS: [string, () => void][] = [
  [
    "body",
    () =>
      edit(`${EN}/metro-line-18-opens.md`, (t) => `${t}\nA closing paragraph added after print.\n`),
  ],
  [
    "title",
    () =>
      edit(`${EN}/jinfo-mountain-rescue.md`, (t) =>
        t.replace(/^title: .*$/m, 'title: "Rescuers bring hikers down from Jinfo Mountain"'),
      ),
  ],
  [
    "tags",
    () =>
      edit(`${EN}/chuanjiang-boatmen-songs-festival.md`, (t) =>
        t.replace(/^tags: .*$/m, 'tags: ["#Chongqing", "Music", "Oral history"]'),
      ),
  ],
  [
    "date",
    () =>
      edit(`${EN}/hot-pot-trade-fair-nanping.md`, (t) =>
        t.replace(/^date: .*$/m, "date: 2024-12-30 08:15:00"),
      ),
  ],
  [
    "section",
    () =>
      edit(`${EN}/cross-river-derby-ends-level.md`, (t) =>
        t.replace(/^section: .*$/m, "section: news"),
      ),
  ],
  [
    "author",
    () =>
      edit(`${EN}/jialing-riverside-fair-announced.md`, (t) =>
        t.replace(/^authors: .*$/m, 'authors: ["Guest Writer"]'),
      ),
  ],
  ["delete", () => fs.rmSync(path.join(content, "articles/en/2024/school-science-fair-robots.md"))],
  [
    "add",
    () =>
      fs.writeFileSync(
        path.join(content, `${EN}/ferry-timetable-change.md`),
        [
          "---",
          'title: "Winter timetable for the Chaotianmen ferries"',
          "date: 2023-12-01 07:00:00",
          "section: news",
          'tags: ["#Chongqing", "Ferries"]',
          "authors: [tang-jiahui]",
          'summary: "Fewer evening crossings from December."',
          "---",
          "",
          "The last evening ferry will leave at 21:00 from December.",
          "",
        ].join("\n"),
      ),
  ],
  [
    "rename",
    () =>
      fs.renameSync(
        path.join(content, `${EN}/ferry-timetable-change.md`),
        path.join(content, `${EN}/ferry-winter-timetable.md`),
      ),
  ],
  [
    "draft to published",
    () =>
      edit("articles/en/drafts/drone-light-show-plan.md", (t) =>
        t.replace(/^draft: true\n/m, "").replace(/^title: "Draft: /m, 'title: "'),
      ),
  ],
  [
    "layout",
    () => {
      const p = path.join(app, "layouts/Article.tsx");
      const t = fs.readFileSync(p, "utf8");
      const changed = t.replace('<article class="article">', '<article class="article edited">');
      assert.notEqual(changed, t, "the layout edit applies");
      fs.writeFileSync(p, changed);
    },
  ],
  ["config", () => edit("site.yaml", (t) => t.replace("pageSize: 5", "pageSize: 4"))],
  [
    "output file edited by hand",
    () => fs.appendFileSync(path.join(out, "news/index.html"), "<!-- hand edit -->"),
  ],
  [
    "manifest damaged",
    () => {
      for (const f of listTree(path.join(cache, "pages")).filter((n) => n.endsWith(".json"))) {
        const p = path.join(cache, "pages", f);
        const t = fs.readFileSync(p, "utf8");
        fs.writeFileSync(p, t.slice(0, 100) + "x" + t.slice(101));
      }
    },
  ],
];

/**
 * Hard links to every file of the output, with their bytes: a build starts from links to the
 * output's files and must replace, never write into, those it renders again (the old output stays
 * whole until the swap).
 */
function keepOutput(): { check(step: string): void } {
  const dir = tempDir("broadsheet-kept-");
  const files = listTree(out);
  const bytes = files.map((f, i) => {
    fs.linkSync(path.join(out, f), path.join(dir, String(i)));
    return fs.readFileSync(path.join(out, f));
  });
  return {
    check(step) {
      files.forEach((f, i) => {
        const now = fs.readFileSync(path.join(dir, String(i)));
        assert.ok(now.equals(bytes[i]!), `${step}: the last output's ${f} was written into`);
      });
    },
  };
}

describe("incremental builds", () => {
  it("should carry every page over when nothing changed", () => {
    const first = build(out, cache);
    assert.equal(first.carried, 0);
    assert.equal(first.upToDate, false);
    const again = build(out, cache);
    assert.equal(again.upToDate, true, "the stamp of the first build holds");
    assert.equal(again.carried, first.rendered, "every page carried over");
    assert.equal(again.rendered, 0, "nothing rendered");
    // Without the stamp, the same inputs plan again: every page carried over from the output.
    for (const f of fs.readdirSync(path.join(cache, "pages")))
      if (f.endsWith(".stamp")) fs.rmSync(path.join(cache, "pages", f));
    const planned = build(out, cache);
    assert.equal(planned.upToDate, false);
    assert.deepEqual([planned.rendered, planned.carried], [0, first.rendered]);
    assertSameAsClean("no change");
  });

  for (const [name, change] of STEPS) {
    it(`should match a clean build after editing: ${name}`, () => {
      const kept = keepOutput();
      change();
      const r = build(out, cache);
      if (name !== "output file edited by hand") kept.check(name);
      if (name === "output file edited by hand") {
        // The page store's entry is that file's inode, written over too: rendered again.
        assert.deepEqual([r.rendered, r.restored], [1, 0], `${name}: ${JSON.stringify(r)}`);
      } else if (name === "manifest damaged") {
        assert.equal(r.rendered, 0, `${name}: every page restored from the page store`);
        assert.equal(r.restored, r.carried, `${name}: nothing carried from the output`);
      } else {
        assert.ok(r.rendered > 0, `${name}: something was rendered`);
        if (name !== "layout")
          assert.ok(r.carried > 0, `${name}: the rest was carried over (${JSON.stringify(r)})`);
        else assert.equal(r.carried, 0, `${name}: every page rendered again`);
      }
      assertSameAsClean(name);
    });
  }

  it("should keep the last manifest when a build is refused after recording its pages", () => {
    const manifests = (): [string, Buffer][] =>
      listTree(path.join(cache, "pages"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => [f, fs.readFileSync(path.join(cache, "pages", f))]);
    const before = manifests();
    assert.ok(before.length > 0);
    const kept = keepOutput();
    const files = listTree(out);
    edit(`${EN}/metro-line-18-opens.md`, (t) => `${t}\nOne more line, then a refused build.\n`);
    // The output budget is checked in verify's second part, after the record stage.
    const refused = runCli(
      ["build", "--content", content, "--out", out, "--cache", cache, "--now", NOW, "--verbose"],
      {
        cwd: app,
        app,
        env: {
          CI: "",
          BROADSHEET_OUTPUT_BUDGET_MB: "0.01",
          BROADSHEET_OUTPUT_BUDGET_PER_ARTICLE_KB: "1",
        },
      },
    );
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, /E_OUTPUT_BUDGET/);
    assert.match(refused.stderr, /^record +\d+ pages kept in the page store/m, "recorded first");
    assert.deepEqual(manifests(), before, "the manifest is written only once published");
    assert.deepEqual(listTree(out), files);
    kept.check("refused build");
    // The last manifest still describes the output: the next build carries over from it, and
    // takes the refused build's pages (kept in the page store by their input hash) from the store.
    const r = build(out, cache);
    assert.equal(r.rendered, 0, JSON.stringify(r));
    assert.ok(r.restored > 0 && r.carried > 2 * r.restored, JSON.stringify(r));
    assertSameAsClean("after a refused build");
  });
});
