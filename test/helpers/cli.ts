// Runs the real build CLI in a child process on a content tree, into a temp folder, for build tests.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The image cache test builds share (safe: keyed by content hash and parameters only). */
export const SHARED_IMAGE_CACHE = path.join(os.tmpdir(), "broadsheet-test-images");

/** What a CLI run printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/cli/main.ts` of `app` (default: this repo) with `args` from `cwd` (default: the repo
 * root) under `env` additions. `INIT_CWD` (where npm was started) is `cwd` unless `env` says.
 */
export function runCli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; app?: string } = {},
): CliRun {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(opts.app ?? ROOT, "src/cli/main.ts"), ...args],
    {
      cwd: opts.cwd ?? ROOT,
      env: {
        ...process.env,
        TZ: "UTC",
        INIT_CWD: opts.cwd ?? ROOT,
        // Renditions are content-addressed: every test build shares one warm image cache.
        BROADSHEET_IMAGE_CACHE: process.env["BROADSHEET_IMAGE_CACHE"] ?? SHARED_IMAGE_CACHE,
        ...opts.env,
      },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp folder, removed when the process exits. */
export function tempDir(prefix = "broadsheet-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies a content tree (e.g. the sample `content/`) into a temp folder so a test can edit it. */
export function copyContent(from = path.join(ROOT, "content")): string {
  const dir = path.join(tempDir(), "content");
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Writes `files` (relative path → text) below `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

/** Every file below `root` (posix relative paths, sorted). */
export function listTree(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** A hash of a whole tree (names and bytes), to prove it did not change. */
export function treeHash(root: string): string {
  const h = crypto.createHash("sha256");
  for (const f of listTree(root)) {
    h.update(f)
      .update("\0")
      .update(fs.readFileSync(path.join(root, f)))
      .update("\0");
  }
  return h.digest("hex");
}

/** Builds `content` at the clock `now` into a fresh temp `dist/`, asserting exit 0; returns the output. */
export function buildOk(content: string, now: string, extra: readonly string[] = []): string {
  const out = path.join(tempDir(), "dist");
  const r = runCli([
    "build",
    "--content",
    content,
    "--out",
    out,
    "--now",
    now,
    "--quiet",
    ...extra,
  ]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
  return out;
}

/**
 * A private copy of the app (code and config; node_modules linked), so a test can edit its code or
 * run it while the working tree changes.
 */
export function copyApp(prefix = "broadsheet-app-"): string {
  const app = path.join(tempDir(prefix), "app");
  for (const f of [
    "src",
    "layouts",
    ".eleventy.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
  ])
    fs.cpSync(path.join(ROOT, f), path.join(app, f), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(app, "node_modules"));
  return app;
}
