// Runs the real build CLI on a small hostile content tree over a previous good output, and checks
// that nothing leaked: exact codes, files and lines, exit 1, the old output byte-identical, no
// staging or stray file left, no marker written, no built-in prototype changed in the build process.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, tempDir, treeHash } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { PROBE_URL, type ProbeReport } from "./probe.ts";

/** The build clock of every security test. */
export const NOW = "2025-01-01T00:00:00+08:00";

const TSX = import.meta.resolve("tsx");
// Each temp folder registers an exit hook (helpers/cli.ts tempDir).
process.setMaxListeners(200);
const MAIN = path.join(ROOT, "src/cli/main.ts");
/** What may appear beside the content: the output, build state (.cache, .broadsheet), the probe. */
const STATE = new Set([".cache", ".broadsheet", "probe.json", "dist"]);

/** One error as `--json` prints it. */
export interface JsonError {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
  hint: string;
}

/** The `--json` report. */
export interface JsonReport {
  ok: boolean;
  articles: { published: number; drafts: number; pending: number };
  pages: Record<string, number>;
  errors: JsonError[];
  warnings: JsonError[];
}

/** A finished hostile build and everything needed to judge it. */
export interface HostileRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The parsed `--json` report (when the run printed one). */
  report?: JsonReport;
  probe: ProbeReport;
  /** The temp folder holding `content/` and `dist/`. */
  root: string;
  content: string;
  out: string;
  /** Tree hash of `out` before the run ("" when there was none). */
  before: string;
  /** Top-level entries of `root` before the run. */
  entriesBefore: string[];
}

/** Files of a content tree: text, or bytes for encoding tests. */
export type Tree = Record<string, string | Uint8Array>;

/** Options of a hostile build. */
export interface HostileOptions {
  /** site.yaml text (default: the test site). */
  site?: string;
  /** Start from a copy of a good previous output (default true). */
  previous?: boolean;
  /** Extra CLI arguments. */
  args?: string[];
  /** Extra environment. */
  env?: Record<string, string>;
  /** Extra node flags (e.g. `--max-old-space-size=…`). */
  nodeArgs?: string[];
}

/** Writes a content tree (text or bytes) below `root`. */
export function writeFiles(root: string, files: Tree): void {
  for (const [rel, data] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  }
}

/** The node arguments that run the real CLI with the prototype probe preloaded. */
export function cliArgv(args: readonly string[], nodeArgs: readonly string[] = []): string[] {
  return [...nodeArgs, "--import", TSX, "--import", PROBE_URL, MAIN, ...args];
}

let goodOutput: string | undefined;

/** A good output folder written by Broadsheet (built once per test process), to copy as "previous". */
export function previousOutput(): string {
  if (goodOutput) return goodOutput;
  const root = tempDir("broadsheet-good-");
  writeFiles(path.join(root, "content"), {
    "site.yaml": siteYaml(),
    "articles/earlier.md": article({ title: '"An earlier story"', tags: '["Earlier"]' }),
  });
  const args = ["build", "--content", path.join(root, "content"), "--out", path.join(root, "dist")];
  const r = spawnSync(process.execPath, cliArgv([...args, "--now", NOW]), {
    cwd: ROOT,
    env: { ...process.env, TZ: "UTC", INIT_CWD: ROOT },
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  goodOutput = path.join(root, "dist");
  return goodOutput;
}

/** Several rows' cases in one tree, built once (the tier stays fast on 2 cores); `run()` builds lazily. */
export function sharedBuild(
  rows: Record<string, { files: Tree; expected: Expected[] }>,
  opts: HostileOptions = {},
) {
  let run: HostileRun | undefined;
  const all = Object.values(rows).flatMap((r) => r.expected);
  return {
    /** The one run of the whole tree. */
    run(): HostileRun {
      run ??= hostileBuild(Object.assign({}, ...Object.values(rows).map((r) => r.files)), opts);
      return run;
    },
    /** Asserts one row's refusals on the shared run (stray errors checked against every row). */
    assertRow(name: string): void {
      assertRefused(this.run(), rows[name]!.expected, all);
    },
  };
}

/** Lays out `root/content` (+ `root/dist` copied from a good build) and returns the paths. */
export function prepareTree(
  files: Tree,
  opts: HostileOptions = {},
): { root: string; content: string; out: string } {
  const root = tempDir("broadsheet-sec-");
  const content = path.join(root, "content");
  const out = path.join(root, "dist");
  writeFiles(content, { "site.yaml": opts.site ?? siteYaml(), ...files });
  if (opts.previous ?? true) fs.cpSync(previousOutput(), out, { recursive: true });
  return { root, content, out };
}

/**
 * Runs `build` through the real CLI (`--json --quiet`) and collects the evidence.
 * Note: the working directory is the repository (the CLI fails elsewhere: .eleventy.ts's input
 * folder is cwd-relative), so error paths read `../../tmp/…/content/<file>`.
 */
export function hostileBuild(files: Tree, opts: HostileOptions = {}): HostileRun {
  const { root } = prepareTree(files, opts);
  return runIn(root, opts);
}

/** Runs the CLI in an already laid-out root (`content/`, maybe `dist/`). */
export function runIn(root: string, opts: HostileOptions = {}): HostileRun {
  const content = path.join(root, "content");
  const out = path.join(root, "dist");
  const before = fs.existsSync(out) ? treeHash(out) : "";
  const entriesBefore = fs.readdirSync(root).sort();
  const probeFile = path.join(root, "probe.json");
  fs.rmSync(probeFile, { force: true });
  const argv = ["build", "--content", content, "--out", out, "--now", NOW];
  const r = spawnSync(
    process.execPath,
    cliArgv([...argv, "--json", "--quiet", ...(opts.args ?? [])], opts.nodeArgs),
    {
      cwd: ROOT,
      env: { ...process.env, TZ: "UTC", INIT_CWD: ROOT, BROADSHEET_PROBE: probeFile, ...opts.env },
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  let report: JsonReport | undefined;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    report = undefined;
  }
  const probe = fs.existsSync(probeFile)
    ? (JSON.parse(fs.readFileSync(probeFile, "utf8")) as ProbeReport)
    : { polluted: "no probe report (the process died)", added: [] };
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    report,
    probe,
    root,
    content,
    out,
    before,
    entriesBefore,
  };
}

/** Starts the CLI on `root/content` → `root/dist` without waiting (kill and signal tests). */
export function startBuild(root: string, extra: readonly string[] = []) {
  const io = ["--content", path.join(root, "content"), "--out", path.join(root, "dist")];
  return spawn(process.execPath, cliArgv(["build", ...io, "--now", NOW, "--quiet", ...extra]), {
    cwd: ROOT,
    env: { ...process.env, TZ: "UTC", INIT_CWD: ROOT },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Files beside the output left by a build: staging or previous trees, or anything that escaped. */
export function leftovers(run: Pick<HostileRun, "root" | "entriesBefore">): string[] {
  const before = new Set(run.entriesBefore);
  return fs
    .readdirSync(run.root)
    .filter((n) => !before.has(n) && !STATE.has(n))
    .sort();
}

/** Asserts the build process's prototypes are untouched (R7). */
export function assertUnpolluted(run: HostileRun): void {
  assert.equal(run.probe.polluted, undefined, "({}).polluted must stay undefined");
  assert.deepEqual(run.probe.added, [], "no key added to a built-in prototype");
}

/** One expected refusal: the file (content-relative), its code(s), and the line when the row names one. */
export interface Expected {
  file: string;
  code: string | readonly string[];
  line?: number;
  /** A pattern the message (or hint) must match. */
  message?: RegExp;
}

/**
 * Asserts a refused build: exit 1, no stack trace, exactly the expected files in error, each with
 * only its expected code (at its line), the previous output byte-identical, nothing left beside it,
 * no prototype changed.
 */
export function assertRefused(
  run: HostileRun,
  expected: readonly Expected[],
  /** Every file broken in the tree, when several rows share one run (default: `expected`). */
  scope: readonly Expected[] = expected,
): void {
  const dump = `${run.stderr}\n${run.stdout}`;
  assert.equal(run.status, 1, dump);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace for a user's mistake");
  assert.ok(run.report, `a --json report on stdout\n${dump}`);
  assert.equal(run.report.ok, false);
  const byFile = new Map<string, JsonError[]>();
  for (const e of run.report.errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const want of expected) {
    const file = displayPath(run, want.file);
    const got = byFile.get(file) ?? [];
    const codes = typeof want.code === "string" ? [want.code] : want.code;
    assert.ok(got.length > 0, `${file} → ${codes.join("|")}: no error\n${dump}`);
    for (const e of got)
      assert.ok(codes.includes(e.code), `${file}: ${e.code} ${e.message}, want ${codes.join("|")}`);
    if (want.line !== undefined)
      assert.ok(
        got.some((e) => e.line === want.line),
        `${file}: want line ${want.line}, got ${got.map((e) => `${e.line}:${e.col} ${e.code}`).join(", ")}`,
      );
    if (want.message)
      assert.ok(
        got.some((e) => want.message!.test(`${e.message}\n${e.hint}`)),
        `${file}: message ${want.message} not in ${JSON.stringify(got)}`,
      );
    for (const e of got) assert.match(e.hint, /\S/, `${file}: every error has a hint`);
  }
  const wanted = new Set(scope.map((w) => displayPath(run, w.file)));
  const stray = run.report.errors.filter((e) => !wanted.has(e.file));
  assert.deepEqual(stray, [], "no error for a file the test did not break");
  assertUntouched(run);
}

/** How the CLI names a content file in its errors (relative to its working directory, the repo). */
export function displayPath(run: Pick<HostileRun, "content">, file: string): string {
  return path.relative(ROOT, path.join(run.content, file)).split(path.sep).join("/");
}

/** The previous output is byte-identical, nothing was left beside it, and no prototype changed. */
export function assertUntouched(run: HostileRun): void {
  if (run.before !== "")
    assert.equal(treeHash(run.out), run.before, "previous output byte-identical");
  assert.deepEqual(leftovers(run), [], "no staging folder or stray file beside the output");
  assertUnpolluted(run);
}

/** Asserts a successful build: exit 0, no staging or stray file left, no prototype changed. */
export function assertBuilt(run: HostileRun): void {
  assert.equal(run.status, 0, `${run.stderr}\n${run.stdout}`);
  assert.ok(run.report?.ok, "report ok");
  assert.deepEqual(leftovers(run), [], "no staging folder or stray file beside the output");
  assertUnpolluted(run);
}

/** Every file below `dir` (posix relative paths). */
export function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}
