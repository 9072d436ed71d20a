// Page-level incremental builds: a page whose inputs (its view, the code version)
// did not change since the last verified build into the same folder is not rendered again; its file
// is hard-linked from the current output into staging, and its verify facts are reused.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { addUnit, emptyRenderSet, type RenderSet, type RenderUnit } from "../render/render-set.ts";
import { isSharedView } from "../collect/shared-views.ts";
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

/** Puts a unit's file into staging from elsewhere (the page store); its facts, or undefined. */
export type Restore = (unit: RenderUnit, hash: string) => FileFacts | undefined;

/** The hash of one unit's inputs: the code version, its template's list and its whole view. */
export function unitHash(code: string, unit: RenderUnit): string {
  return createHash("sha256")
    .update(code)
    .update("\0")
    .update(unit.list)
    .update("\0")
    .update(JSON.stringify(unit.item, digestLongStrings))
    .digest("hex");
}

/** Digests of long strings (article bodies recur in many feeds), keyed by the string itself. */
const longDigests = new Map<string, string>();
/** Digests of shared views (cards recur in many lists and rails), keyed by the view itself. */
const viewDigests = new WeakMap<object, string>();

/**
 * A JSON replacer that stands a long string or a shared view (`sharedView`) in for its SHA-256
 * (tagged, so it cannot be mistaken for a short string): each is hashed once, not once per page
 * that carries it. Every shared view is always replaced, so a page's hash never depends on which
 * page was hashed first.
 */
function digestLongStrings(_key: string, value: unknown): unknown {
  if (isSharedView(value)) {
    let d = viewDigests.get(value);
    if (d === undefined) {
      const json = JSON.stringify(value, (k, v: unknown) =>
        v === value ? v : digestLongStrings(k, v),
      );
      d = `\0view:${createHash("sha256").update(json).digest("hex")}`;
      viewDigests.set(value, d);
    }
    return d;
  }
  if (typeof value !== "string" || value.length < 1024) return value;
  let d = longDigests.get(value);
  if (d === undefined) {
    d = `\0sha256:${createHash("sha256").update(value).digest("hex")}`;
    longDigests.set(value, d);
  }
  return d;
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
 * Splits `units` into the dirty ones (rendered) and the clean ones (carried over). A unit is clean
 * when the previous manifest recorded the same input hash for its file and the file in `outDir` is
 * still the inode, size and mtime that build left (so an edited or replaced output file is rendered),
 * or else when `restore` puts the file into staging (from the page store, by its input hash).
 */
export function planCarryOver(
  units: readonly RenderUnit[],
  hashes: ReadonlyMap<string, string>,
  previous: PageManifest | undefined,
  outDir: string,
  restore?: Restore,
): CarryPlan {
  const render = emptyRenderSet();
  const carried = new Map<string, FileFacts>();
  const restored = new Set<string>();
  for (const unit of units) {
    const hash = hashes.get(unit.file)!;
    const rec = previous?.files.get(unit.file);
    if (rec && rec.hash === hash && unchanged(path.join(outDir, unit.file), rec)) {
      carried.set(unit.file, rec.facts);
      continue;
    }
    const facts = restore?.(unit, hash);
    if (facts) {
      carried.set(unit.file, facts);
      restored.add(unit.file);
    } else {
      addUnit(render, unit);
    }
  }
  return { render, carried, restored };
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
