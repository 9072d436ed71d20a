// File-system faults and bad output places through the real CLI: a read-only content tree (the
// redirects.lock write), a full disk, an output folder that is a mount point, inside the content
// tree, through a file or under /proc. Each is exit 1 with one located line and a hint, the
// previous output byte-identical and nothing left behind; never a stack trace, never exit 2.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, describe, it, type TestContext } from "node:test";
import { ROOT, runCli, tempDir, treeHash } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";
import {
  assertUntouched,
  prepareTree,
  previousOutput,
  runIn,
  writeFiles,
  type HostileRun,
} from "./harness.ts";

const mounted: string[] = [];
after(() => {
  for (const m of mounted.reverse()) spawnSync("umount", ["-l", m]);
});

/** Runs `mount args…`; false (and the test skipped, saying why) when this machine cannot mount. */
function mount(t: TestContext, args: string[], target: string): boolean {
  const r = spawnSync("mount", [...args, target], { encoding: "utf8" });
  if (r.status !== 0) {
    t.skip(`cannot mount here (needs root and mount rights): ${r.stderr.trim()}`);
    return false;
  }
  mounted.push(target);
  return true;
}

/** How the CLI names `file` (relative to its working directory, the repository). */
const shown = (file: string): string => path.relative(ROOT, file).split(path.sep).join("/");

/** Exit 1, exactly one error (`code` at `file`), one line of plain words with a hint, output intact. */
function assertFault(run: HostileRun, code: string, file: string, words: RegExp): void {
  const dump = `${run.stderr}\n${run.stdout}`;
  assert.equal(run.status, 1, dump);
  assert.doesNotMatch(run.stderr, /\n\s+at |E_INTERNAL/, "no stack trace");
  const errors = run.report?.errors ?? [];
  assert.deepEqual(
    errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.code}`),
    [`${shown(file)}:1:1 ${code}`],
    dump,
  );
  const [e] = errors;
  assert.match(e!.message, words);
  assert.doesNotMatch(e!.message, /\n/, "one line");
  assert.ok(e!.message.length < 300, `a short message, not a dump: ${e!.message.length} chars`);
  assert.match(e!.hint, /\S/);
  assertUntouched(run);
}

const LOCK_ID = "01HZX3K8T9Q2M4N6P8R0S2T4V6";

describe("file-system faults", () => {
  it("should not swap when redirects.lock cannot be written (read-only content): exit 1, one line, output intact", (t) => {
    const { root, content } = prepareTree({
      "redirects.lock": '{ "articles": {} }\n',
      "articles/a.md": article({ id: LOCK_ID }),
    });
    if (!mount(t, ["--bind", content], content)) return;
    if (!mount(t, ["-o", "remount,ro,bind"], content)) return;
    const contentBefore = treeHash(content);
    // A local build (not CI, which never writes the lock) is the one that writes redirects.lock.
    const local = { CI: "" };
    const run = runIn(root, { env: local });
    assertFault(run, "E_READ_ONLY", path.join(content, "redirects.lock"), /read-only/);
    assert.equal(treeHash(content), contentBefore);
    // Without --json: the located line and its hint, then the summary; no trace, exit 1.
    const plain = runCli(["build", "--content", content, "--out", path.join(root, "dist")], {
      env: local,
    });
    assert.equal(plain.status, 1, plain.stderr);
    const lines = plain.stderr.split("\n").filter((l) => /\S/.test(l) && !/^\S+\s+\d/.test(l));
    assert.match(lines[0]!, /redirects\.lock:1:1 E_READ_ONLY could not write the output: /);
    assert.match(lines[1]!, /^ {2}hint: /);
    assert.match(lines[2]!, /^build failed: 1 error/);
  });

  it("should fail a build on a full disk (ENOSPC) with exit 1, one line, the old output intact, staging removed", (t) => {
    const root = tempDir("broadsheet-full-");
    if (!mount(t, ["-t", "tmpfs", "-o", "size=1m", "tmpfs"], root)) return;
    const body = `${"Words upon words of a long report. ".repeat(3000)}\n`;
    const files = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`articles/big-${i}.md`, article({}, body)]),
    );
    writeFiles(path.join(root, "content"), { "site.yaml": siteYaml(), ...files });
    fs.cpSync(previousOutput(), path.join(root, "dist"), { recursive: true });
    const run = runIn(root, { env: { BROADSHEET_OUTPUT_BUDGET_MB: "1000" } });
    const named = path.resolve(ROOT, run.report?.errors[0]?.file ?? "");
    assert.ok(
      named === run.out || named.startsWith(run.out + path.sep),
      `named in the output folder, not the removed staging folder: ${named}\n${run.stdout}`,
    );
    assertFault(run, "E_DISK_FULL", named, /disk is full \(ENOSPC\)/);
  });

  it("should name the output, not the cache, when a page restored from the cache finds the disk full", (t) => {
    // A CI job: the cache (on a roomy disk) holds every page; the output's disk is full.
    const body = `${"Words upon words of a long report. ".repeat(3000)}\n`;
    const files = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`articles/big-${i}.md`, article({}, body)]),
    );
    const cache = tempDir("broadsheet-roomy-cache-");
    const first = tempDir("broadsheet-first-");
    writeFiles(path.join(first, "content"), { "site.yaml": siteYaml(), ...files });
    const made = runIn(first, { args: ["--cache", cache] });
    assert.equal(made.status, 0, made.stderr);
    const root = tempDir("broadsheet-full-");
    if (!mount(t, ["-t", "tmpfs", "-o", "size=1m", "tmpfs"], root)) return;
    writeFiles(path.join(root, "content"), { "site.yaml": siteYaml(), ...files });
    fs.cpSync(previousOutput(), path.join(root, "dist"), { recursive: true });
    const run = runIn(root, {
      args: ["--cache", cache],
      env: { BROADSHEET_OUTPUT_BUDGET_MB: "1000" },
    });
    const named = path.resolve(ROOT, run.report?.errors[0]?.file ?? "");
    assert.ok(
      named === run.out || named.startsWith(run.out + path.sep),
      `named in the output folder, not the cache it was copied from: ${named}\n${run.stdout}`,
    );
    assertFault(run, "E_DISK_FULL", named, /disk is full \(ENOSPC\)/);
  });

  it("should refuse an output folder that is a mount point (E_OUT_MOUNT_POINT), saying what to do", (t) => {
    const { root, out } = prepareTree({ "articles/a.md": article({}) }, { previous: false });
    fs.mkdirSync(out);
    if (!mount(t, ["-t", "tmpfs", "-o", "size=8m", "tmpfs"], out)) return;
    fs.cpSync(previousOutput(), out, { recursive: true });
    const run = runIn(root);
    assertFault(run, "E_OUT_MOUNT_POINT", out, /mount point/);
    assert.match(run.report!.errors[0]!.hint, /--out <mount>\/site/);
  });
});

describe("output places refused before anything is written", () => {
  it("should refuse an output folder inside the content tree (E_OUT_IN_CONTENT)", () => {
    const { root, content } = prepareTree({ "articles/a.md": article({}) }, { previous: false });
    const before = treeHash(content);
    const run = runIn(root, { args: ["--out", path.join(content, "site")] });
    assertFault(run, "E_OUT_IN_CONTENT", path.join(content, "site"), /inside the content folder/);
    assert.equal(treeHash(content), before);
    assert.deepEqual(fs.readdirSync(content).sort(), ["articles", "site.yaml"]);
  });

  it("should refuse an output folder that holds the content tree (E_OUT_IN_CONTENT)", () => {
    const root = tempDir("broadsheet-holds-");
    const out = path.join(root, "dist");
    fs.cpSync(previousOutput(), out, { recursive: true });
    const content = path.join(out, "content");
    writeFiles(content, { "site.yaml": siteYaml(), "articles/a.md": article({}) });
    const before = treeHash(out);
    const run = runIn(root, { args: ["--content", content] });
    assert.equal(run.report?.errors[0]?.code, "E_OUT_IN_CONTENT", run.stdout + run.stderr);
    assert.match(run.report!.errors[0]!.message, /holds the content folder/);
    assert.equal(run.status, 1);
    assert.equal(treeHash(out), before);
  });

  it("should refuse an output path through a file (E_OUT_PATH) or under /proc (E_OUT_SYSTEM)", () => {
    const { root } = prepareTree({ "articles/a.md": article({}) });
    const file = path.join(root, "notes.txt");
    fs.writeFileSync(file, "mine");
    const through = runIn(root, { args: ["--out", path.join(file, "dist")] });
    assert.equal(through.status, 1, through.stderr);
    assert.deepEqual(
      through.report!.errors.map((e) => `${e.file} ${e.code}`),
      [`${shown(path.join(file, "dist"))} E_OUT_PATH`],
    );
    assert.match(through.report!.errors[0]!.message, /notes\.txt is a file/);
    assert.equal(fs.readFileSync(file, "utf8"), "mine");
    const proc = runIn(root, { args: ["--out", "/proc/broadsheet-out"] });
    assert.equal(proc.status, 1, proc.stderr);
    assert.deepEqual(
      proc.report!.errors.map((e) => e.code),
      ["E_OUT_SYSTEM"],
    );
    assert.doesNotMatch(through.stderr + proc.stderr, /\n\s+at /);
    assertUntouched(proc);
  });
});
