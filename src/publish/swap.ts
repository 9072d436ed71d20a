// Stage 5: the only writer of the output folder. Builds go to a sibling staging folder, which is
// swapped in by rename once verified, so the output is always the old or the new complete tree.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { displayPath } from "../content/display-path.ts";
import type { ContentError } from "../content/errors.ts";
import { faultError } from "./fs-fault.ts";
import { checkOutputPlace } from "./output-place.ts";
import { workerLimits } from "../worker-heap.ts";

/** The file that marks a folder as written by Broadsheet (so a typo in --out never wipes files). */
export const OUTPUT_MARKER = ".broadsheet-build";

/** Staging folders of this process's builds in flight (removed on SIGINT/SIGTERM). */
const inFlight = new Set<string>();

/** The renames of a swap in progress: an interrupt waits for them, so the output is never left missing. */
let swapping: Promise<unknown> | undefined;
/** Set by an interrupt: no swap may start after it. */
let aborting = false;

/** Result of preparing the output: a fresh staging folder, or a refusal. */
export type OutputPlan = { ok: true; staging: string } | { ok: false; error: ContentError };

/**
 * Recovers from an interrupted swap, sweeps stale staging folders of dead builds, refuses a
 * foreign non-empty output folder (`E_OUT_FOREIGN`) or a bad place for one (`checkOutputPlace`:
 * inside the content tree, through a file, a mount point…), then creates this build's staging
 * folder. A file-system fault on the way is a located error, never a throw.
 */
export async function prepareOutput(outDir: string, contentDir?: string): Promise<OutputPlan> {
  const out = path.resolve(outDir);
  try {
    await recover(out);
    const stat = await fs.lstat(out).catch(() => undefined);
    if (stat) {
      const foreign =
        !stat.isDirectory() ||
        ((await fs.readdir(out)).length > 0 && !(await exists(path.join(out, OUTPUT_MARKER))));
      if (foreign) return { ok: false, error: foreignError(outDir) };
    }
    const misplaced = contentDir === undefined ? undefined : checkOutputPlace(contentDir, outDir);
    if (misplaced) return { ok: false, error: misplaced };
    const staging = `${out}.staging-${process.pid}-${randomBytes(4).toString("hex")}`;
    await fs.mkdir(path.dirname(staging), { recursive: true });
    await fs.mkdir(staging);
    inFlight.add(staging);
    return { ok: true, staging };
  } catch (err) {
    const error = faultError(err, outDir, `prepare the output folder ${displayPath(outDir)}`);
    if (!error) throw err;
    return { ok: false, error };
  }
}

function foreignError(outDir: string): ContentError {
  return {
    file: outDir,
    line: 1,
    col: 1,
    code: "E_OUT_FOREIGN",
    message: `${outDir} exists and was not written by Broadsheet; refusing to replace it`,
    hint: "choose another --out folder, or empty this one if it is really yours to overwrite",
  };
}

/** The id of the build that wrote `outDir` (from its marker file), if any. */
export function readBuildId(outDir: string): string | undefined {
  try {
    const m = /^broadsheet ([0-9a-f]+)\n$/.exec(
      readFileSync(path.join(outDir, OUTPUT_MARKER), "utf8"),
    );
    return m?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Swaps a verified staging folder in: `out` → `out.prev-*`, staging → `out`, then starts dropping
 * the old tree: `oldTreeRemoved` settles once it is gone (the caller saves its cache meanwhile and
 * awaits it before returning). The marker file records `buildId`, which ties the output to its page manifest.
 */
export async function swapIn(
  staging: string,
  outDir: string,
  buildId = "0",
): Promise<{ oldTreeRemoved: Promise<void> }> {
  const out = path.resolve(outDir);
  const prev = `${out}.prev-${process.pid}-${randomBytes(4).toString("hex")}`;
  // Note: `swapping` is set before the first await, so an interrupt either sees the swap under way
  // (and waits for its renames) or marks the build aborted first (and the swap refuses to start).
  const renames = (async () => {
    if (aborting) throw new Error("build interrupted before publishing");
    await fs.writeFile(path.join(staging, OUTPUT_MARKER), `broadsheet ${buildId}\n`);
    const had = await exists(out);
    if (aborting) throw new Error("build interrupted before publishing");
    if (had) await fs.rename(out, prev);
    try {
      await fs.rename(staging, out);
    } catch (err) {
      // The new tree cannot go in: put the old one back, so the output is never missing.
      if (had) await fs.rename(prev, out);
      throw err;
    }
    return had;
  })();
  swapping = renames;
  let had: boolean;
  try {
    had = await renames;
  } finally {
    swapping = undefined;
    inFlight.delete(staging);
  }
  // Note: the new tree is in; an old tree that cannot be removed now is swept by the next run.
  return { oldTreeRemoved: had ? removeAside(prev) : Promise.resolve() };
}

/** Removes `dir` on a worker thread (the main thread goes on meanwhile); never rejects. */
function removeAside(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const code = `require("node:fs").rmSync(require("node:worker_threads").workerData, { recursive: true, force: true });`;
    const w = new Worker(code, { eval: true, workerData: dir, resourceLimits: workerLimits() });
    w.once("error", () =>
      resolve(fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)),
    );
    w.once("exit", () => resolve());
  });
}

/** Removes this build's staging folder (failed or interrupted builds). */
export async function discardStaging(staging: string): Promise<void> {
  inFlight.delete(staging);
  await removeTree(staging);
}

/**
 * Cleans up after an interrupt (SIGINT/SIGTERM): lets a swap that has begun finish its two renames,
 * then removes every staging folder of this process. Leftovers of a SIGKILL are swept by the next run.
 */
export async function abandonBuilds(): Promise<void> {
  aborting = true;
  await swapping?.catch(() => undefined);
  await Promise.all([...inFlight].map(discardStaging));
}

async function removeTree(dir: string): Promise<void> {
  // Note: writes still in flight may recreate files while the tree is removed; retry until it is gone.
  for (let i = 0; i < 5 && (await exists(dir)); i++) {
    await fs.rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

/**
 * Recovers `outDir` from an interrupted build: puts back a previous tree a dead build left renamed
 * (`out` missing, `out.prev-*` present) and sweeps dead builds' staging and previous trees. Run at
 * the start of every build, whatever its outcome; folders of live builds are left alone.
 */
export async function recoverOutput(outDir: string): Promise<void> {
  // Note: best effort; a fault here comes back located from `prepareOutput`, which recovers again.
  await recover(path.resolve(outDir)).catch(() => undefined);
}

async function recover(out: string): Promise<void> {
  const dir = path.dirname(out);
  const base = path.basename(out);
  const siblings = (await fs.readdir(dir).catch(() => [] as string[])).sort();
  const pattern = new RegExp(`^${escapeRe(base)}\\.(staging|prev)-(\\d+)-[0-9a-f]+$`);
  const ours = siblings.flatMap((name) => {
    const m = pattern.exec(name);
    if (!m) return [];
    const pid = Number(m[2]);
    // Another live build's folders are its own business (concurrent builds into one folder).
    if (pid !== process.pid && isAlive(pid)) return [];
    return [{ name, kind: m[1] }];
  });
  // The newest previous tree is the one the last swap renamed away (names carry no time, so use mtime).
  const prevs = ours.filter((f) => f.kind === "prev");
  let last: (typeof prevs)[number] | undefined;
  let lastMs = -Infinity;
  for (const f of prevs) {
    const ms = (await fs.lstat(path.join(dir, f.name))).mtimeMs;
    if (ms > lastMs) [last, lastMs] = [f, ms];
  }
  if (!(await exists(out)) && last) {
    // A build died between its two renames: the previous tree is complete, put it back.
    await fs.rename(path.join(dir, last.name), out);
    ours.splice(ours.indexOf(last), 1);
  }
  for (const f of ours) await removeTree(path.join(dir, f.name));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user — alive, leave its folders alone.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(
    () => true,
    () => false,
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
