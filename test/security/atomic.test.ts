// Atomic publishing (SECURITY.md rows R29, R30): a failed, killed or interrupted build
// leaves the previous output byte-identical (or the new one complete), the next run sweeps what a
// killed build left, deleted articles vanish, and a foreign folder is never replaced.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { treeHash } from "../helpers/cli.ts";
import { filesContaining, xml } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { corpus, corpusFile } from "./corpus.ts";
import {
  assertBuilt,
  assertRefused,
  filesBelow,
  hostileBuild,
  leftovers,
  prepareTree,
  runIn,
  startBuild,
  writeFiles,
} from "./harness.ts";

const N = 1000;
const SMALL = 300;

/** Resolves once a staging folder beside `out` holds at least one file (the write phase), or rejects on exit. */
function writePhase(child: ChildProcess, out: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let done = false;
    child.once("exit", (code, signal) => {
      if (!done)
        reject(new Error(`build ended (${code ?? signal}) before a staging folder appeared`));
    });
    const poll = (): void => {
      if (done) return;
      const dir = path.dirname(out);
      const staging = fs
        .readdirSync(dir)
        .find((n) => n.startsWith(`${path.basename(out)}.staging-`));
      if (staging) {
        const full = path.join(dir, staging);
        const some = fs.readdirSync(full, { recursive: true }).length > 3;
        if (some) {
          done = true;
          resolve(full);
          return;
        }
      }
      setTimeout(poll, 5);
    };
    poll();
  });
}

function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

describe("atomic publishing", () => {
  const { root, content, out } = prepareTree(corpus(N), { previous: false });
  let good = "";

  it(`R29: should refuse ${N} articles with #500 broken over a good output: exit 1, the error listed, output byte-identical`, () => {
    const first = runIn(root);
    assertBuilt(first);
    assert.equal(first.report!.articles.published, N);
    good = treeHash(out);
    writeFiles(content, { [corpusFile(500)]: article({ title: '"Broken"', date: "2023-02-30" }) });
    const run = runIn(root);
    assertRefused(run, [{ file: corpusFile(500), code: "E_DATE_INVALID", line: 3 }]);
    assert.equal(run.report!.errors.length, 1, "exactly the one problem is listed");
    assert.equal(treeHash(out), good);
    // The kill and signal tests only need a write phase long enough to interrupt: keep them quick.
    for (let i = SMALL + 1; i <= N; i++) fs.rmSync(path.join(content, corpusFile(i)));
  });

  it("R29: should leave the old or the new complete tree when SIGKILLed while writing, and sweep staging on the next run", async () => {
    writeFiles(content, { "site.yaml": siteYaml().replace("Test Daily", "Killed Daily") });
    const child = startBuild(root);
    const staging = await writePhase(child, out);
    child.kill("SIGKILL");
    const { signal } = await exited(child);
    assert.equal(signal, "SIGKILL");
    assert.ok(fs.existsSync(staging), "the killed build left its staging folder behind");
    const afterKill = treeHash(out);
    assert.equal(afterKill, good, "the write phase never touches the output");
    const next = runIn(root, { env: {} });
    assertBuilt(next);
    assert.equal(fs.existsSync(staging), false, "the next run swept the staging folder");
    assert.notEqual(treeHash(out), good, "the next run published the new tree");
    assert.equal(next.report!.articles.published, SMALL, "deleted articles are gone (R30)");
    good = treeHash(out);
  });

  for (const [signal, status] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`R29: should remove its staging folder on ${signal} and leave the output byte-identical`, async () => {
      writeFiles(content, { "site.yaml": siteYaml().replace("Test Daily", `${signal} Daily`) });
      const child = startBuild(root);
      await writePhase(child, out);
      child.kill(signal);
      const { code } = await exited(child);
      assert.equal(code, status);
      const names = fs
        .readdirSync(root)
        .filter((n) => n.includes(".staging-") || n.includes(".prev-"));
      assert.deepEqual(names, [], "no staging folder after an interrupt");
      assert.equal(treeHash(out), good);
    });
  }

  it("R29: should restore the previous tree when a build died between its two renames", () => {
    const prev = path.join(root, "dist.prev-4194303-0badc0de");
    fs.renameSync(out, prev);
    fs.mkdirSync(path.join(root, "dist.staging-4194302-deadbeef/news"), { recursive: true });
    writeFiles(content, { [corpusFile(7)]: article({ date: "2023-02-30" }) });
    const run = runIn(root);
    assert.equal(run.status, 1);
    assert.equal(treeHash(out), good, "the previous complete tree is back");
    assert.deepEqual(leftovers({ root, entriesBefore: ["content", "dist"] }), []);
    writeFiles(content, { [corpusFile(7)]: corpus(7)[corpusFile(7)]! });
  });

  it("R30: should drop a deleted article's page, tag, feed, sitemap entries and media on the next build", () => {
    const png = fs.readFileSync(new URL("../../content/media/metro-line.png", import.meta.url));
    const { root: r2 } = prepareTree(
      {
        "articles/stays.md": article({ title: '"Stays"', tags: '["Kept"]' }),
        "articles/goes.md": article(
          { title: '"Vanishing story"', tags: '["Vanishing"]', date: "2023-05-14" },
          '![Alt](../media/only-here.png "Caption")\n',
        ),
        "media/only-here.png": png,
      },
      { previous: false },
    );
    const first = runIn(r2);
    assertBuilt(first);
    const o = first.out;
    assert.ok(fs.existsSync(path.join(o, "news/2023/05/goes/index.html")));
    assert.ok(filesBelow(path.join(o, "media")).some((f) => f.startsWith("only-here.")));
    fs.rmSync(path.join(r2, "content/articles/goes.md"));
    fs.rmSync(path.join(r2, "content/media/only-here.png"));
    const second = runIn(r2);
    assertBuilt(second);
    assert.deepEqual(filesContaining(o, "Vanishing"), []);
    assert.deepEqual(filesContaining(o, "/goes/"), []);
    assert.ok(!fs.existsSync(path.join(o, "tags/vanishing")));
    assert.ok(
      !fs.existsSync(path.join(o, "media")) ||
        !filesBelow(path.join(o, "media")).some((f) => f.startsWith("only-here.")),
    );
    const feed = JSON.stringify(xml(o, "feed.xml"));
    assert.ok(!feed.includes("/goes/") && feed.includes("/stays/"));
  });

  it("should refuse to replace a non-empty folder no build wrote (E_OUT_FOREIGN) and touch nothing", () => {
    const run0 = hostileBuild({ "articles/fine.md": article({}) }, { previous: false });
    assertBuilt(run0);
    const foreign = path.join(run0.root, "dist");
    fs.rmSync(foreign, { recursive: true });
    writeFiles(foreign, { "thesis.txt": "years of work", "data/x.csv": "1,2" });
    const before = treeHash(foreign);
    const run = runIn(run0.root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      run.report!.errors.map((e) => e.code),
      ["E_OUT_FOREIGN"],
    );
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(treeHash(foreign), before);
    assert.deepEqual(leftovers(run), []);
  });

  it("should refuse --out pointing at the content folder or a file (E_OUT_FOREIGN)", () => {
    const { root: r3, content: c3 } = prepareTree(
      { "articles/fine.md": article({}) },
      { previous: false },
    );
    const before = treeHash(c3);
    const intoContent = runIn(r3, { args: ["--out", c3] });
    assert.equal(intoContent.status, 1, intoContent.stderr);
    assert.equal(intoContent.report!.errors[0]!.code, "E_OUT_FOREIGN");
    assert.equal(treeHash(c3), before);
    const file = path.join(r3, "notes.txt");
    fs.writeFileSync(file, "mine");
    const intoFile = runIn(r3, { args: ["--out", file] });
    assert.equal(intoFile.report!.errors[0]!.code, "E_OUT_FOREIGN");
    assert.equal(fs.readFileSync(file, "utf8"), "mine");
    assert.deepEqual(
      fs.readdirSync(r3).filter((n) => n.includes(".staging-")),
      [],
    );
  });
});
