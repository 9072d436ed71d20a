// Page-level incremental builds: a page whose inputs (its view, the code version)
// did not change since the last verified build into the same folder is not rendered again; its file
// is hard-linked from the current output into staging, and its verify facts are reused.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { addUnit, emptyRenderSet, type RenderSet, type RenderUnit } from "../render/render-set.ts";
import { pageKeyOf } from "../collect/page-keys.ts";
import type { PageManifest, PageRecord } from "./manifest.ts";
import type { FileFacts } from "../publish/verify.ts";

/** Which units Eleventy renders, and which files come over from the previous output or the cache. */
export interface CarryPlan {
  render: RenderSet;
  /** Carried-over files (restored ones included) and their verify facts. */
  carried: Map<string, FileFacts>;
  /** The carried files that came from the page store rather than the previous output. */
  restored: Set<string>;
}

/**
 * The hash of one unit's inputs: the code version, its template's list and its page key (`page-keys.ts`),
 * or without one its whole view (shared views and bodies stand in by their digests: their `toJSON`).
 */
export function unitHash(code: string, unit: RenderUnit): string {
  const key = pageKeyOf(unit.item);
  return createHash("sha256")
    .update(code)
    .update("\0")
    .update(unit.list)
    .update(key === undefined ? "\0" : "\0key\0")
    .update(key ?? JSON.stringify(unit.item))
    .digest("hex");
}

/**
 * The id of a build's output, derived from its pages' input hashes: two builds of the same inputs
 * write the same marker (the output stays byte-identical), and a manifest matches only its output.
 */
export function buildIdOf(hashes: ReadonlyMap<string, string>): string {
  const h = createHash("sha256");
  for (const f of [...hashes.keys()].sort()) h.update(f).update("\0").update(hashes.get(f)!);
  return h.digest("hex").slice(0, 24);
}

/**
 * Whether `unit`'s file in `outDir` carries over: the previous manifest recorded the same input
 * hash for it and it is still the inode, size and mtime that build left (so an edited or replaced
 * output file is rendered). Its facts, or undefined.
 */
export function carriedFromOutput(
  unit: RenderUnit,
  hash: string,
  previous: PageManifest | undefined,
  outDir: string,
): FileFacts | undefined {
  const rec = previous?.files.get(unit.file);
  return rec && rec.hash === hash && unchanged(path.join(outDir, unit.file), rec)
    ? rec.facts
    : undefined;
}

/**
 * Splits `units` into the dirty ones (rendered) and the clean ones: carried over from the output
 * (`fromOutput`) or restored from the page store (`restored`), each with its facts.
 */
export function planCarryOver(
  units: readonly RenderUnit[],
  fromOutput: ReadonlyMap<string, FileFacts>,
  restored: ReadonlyMap<string, FileFacts>,
): CarryPlan {
  const render = emptyRenderSet();
  const carried = new Map<string, FileFacts>();
  for (const unit of units) {
    const facts = fromOutput.get(unit.file) ?? restored.get(unit.file);
    if (facts) carried.set(unit.file, facts);
    else addUnit(render, unit);
  }
  return { render, carried, restored: new Set(restored.keys()) };
}

/** Hard-links each carried file from `outDir` into `staging` (copies where links are refused). */
export function linkCarried(outDir: string, staging: string, files: Iterable<string>): void {
  const made = new Set<string>();
  for (const f of files) {
    const to = path.join(staging, f);
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.linkSync(path.join(outDir, f), to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK" && code !== "ENOTSUP")
        throw err;
      fs.copyFileSync(path.join(outDir, f), to, fs.constants.COPYFILE_EXCL);
    }
  }
}

/** The on-disk record of `file` now, for the next build's manifest. */
export function recordOf(file: string, hash: string, facts: FileFacts): PageRecord {
  const st = fs.statSync(file);
  return { hash, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, facts };
}

function unchanged(file: string, rec: PageRecord): boolean {
  const st = fs.lstatSync(file, { throwIfNoEntry: false });
  return (
    st !== undefined &&
    st.isFile() &&
    st.ino === rec.ino &&
    st.size === rec.size &&
    st.mtimeMs === rec.mtimeMs
  );
}
