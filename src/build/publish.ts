// Stage 5: the only writer of the output folder. Builds go to a sibling staging folder, which is
// swapped in by rename once verified, so the output is always the old or the new complete tree.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../types.ts";

/** The file that marks a folder as written by Broadsheet (so a typo in --out never wipes files). */
export const OUTPUT_MARKER = ".broadsheet-build";

/** Result of preparing the output: a fresh staging folder, or a refusal. */
export type OutputPlan = { ok: true; staging: string } | { ok: false; error: ContentError };

/**
 * Recovers from an interrupted swap, sweeps stale staging folders of dead builds, refuses a
 * foreign non-empty output folder (`E_OUT_FOREIGN`), then creates this build's staging folder.
 */
export async function prepareOutput(outDir: string): Promise<OutputPlan> {
  const out = path.resolve(outDir);
  await recover(out);
  const stat = await fs.lstat(out).catch(() => undefined);
  if (stat) {
    const foreign =
      !stat.isDirectory() ||
      ((await fs.readdir(out)).length > 0 && !(await exists(path.join(out, OUTPUT_MARKER))));
    if (foreign) {
      return {
        ok: false,
        error: {
          file: outDir,
          line: 1,
          col: 1,
          code: "E_OUT_FOREIGN",
          message: `${outDir} exists and was not written by Broadsheet; refusing to replace it`,
          hint: "choose another --out folder, or empty this one if it is really yours to overwrite",
        },
      };
    }
  }
  const staging = `${out}.staging-${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.mkdir(staging);
  return { ok: true, staging };
}

/** Swaps a verified staging folder in: `out` → `out.prev-*`, staging → `out`, then drops the old tree. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  await fs.writeFile(path.join(staging, OUTPUT_MARKER), "broadsheet\n");
  const prev = `${out}.prev-${process.pid}-${randomBytes(4).toString("hex")}`;
  const had = await exists(out);
  if (had) await fs.rename(out, prev);
  await fs.rename(staging, out);
  if (had) await fs.rm(prev, { recursive: true, force: true });
}

/** Removes this build's staging folder (failed or interrupted builds). */
export async function discardStaging(staging: string): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
}

async function recover(out: string): Promise<void> {
  const dir = path.dirname(out);
  const base = path.basename(out);
  const siblings = await fs.readdir(dir).catch(() => [] as string[]);
  const prevs = siblings.filter((n) => n.startsWith(`${base}.prev-`)).sort();
  if (!(await exists(out)) && prevs.length) {
    await fs.rename(path.join(dir, prevs.pop()!), out);
  }
  for (const name of siblings) {
    const m = new RegExp(`^${escapeRe(base)}\\.(staging|prev)-(\\d+)-[0-9a-f]+$`).exec(name);
    if (!m || !(await exists(path.join(dir, name)))) continue;
    if (m[1] === "staging" && isAlive(Number(m[2])) && Number(m[2]) !== process.pid) continue;
    await fs.rm(path.join(dir, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
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
