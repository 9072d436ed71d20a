// The page store: rendered output files kept in the cache by their input hash (the hash plan.ts
// computes), with their verify facts. A build restores from it any page whose inputs match, whatever
// the output folder holds, so a fresh clone with a restored cache renders only what changed. An
// entry is a hard link of the page it was stored from, and a restore links it out: one inode for
// the page in the output and in the store, never copied (where the cache sits on another file
// system, or links are refused, the bytes are copied instead).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FileFacts } from "../publish/verify.ts";

/** One stored page: where its bytes are and what verify learned about them. */
export interface StoredPage {
  /** The entry's file: the page's exact bytes (linked or copied out, never read by the build). */
  file: string;
  facts: FileFacts;
}

const FORMAT = "broadsheet-page-3";
const HEX = /^[0-9a-f]{64}$/;
/** The extension of an entry's bytes; its facts sit beside them in `FACTS_EXT`. */
export const PAGE_EXT = ".page";
/** The extension of an entry's facts: `{format, key, size, mtimeMs, facts}` (its mtime: the LRU clock). */
export const FACTS_EXT = ".facts";

/** The store's folder in `cacheDir`. */
export function storeDir(cacheDir: string): string {
  return path.join(cacheDir, "store");
}

/** Where the bytes of input hash `key` live (two-level fan-out). */
export function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}${PAGE_EXT}`);
}

/** Where the facts of input hash `key` live, beside its bytes. */
export function factsPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}${FACTS_EXT}`);
}

/**
 * The entry of `key`, or undefined when it is absent, unreadable, stored under another key, or its
 * bytes are not the size and mtime (to the second) its facts recorded: a truncated or replaced
 * entry, or a published page written over in place, which is the entry's inode. Never throws.
 * Note: the bytes are not checksummed here: reading and hashing 430 MB of pages was most of a 10k
 * CI build's restore; an entry is only ever written whole (temp file + rename).
 */
export function lookupPage(dir: string, key: string): StoredPage | undefined {
  if (!HEX.test(key)) return undefined;
  try {
    const head = JSON.parse(fs.readFileSync(factsPath(dir, key), "utf8")) as {
      format?: unknown;
      key?: unknown;
      size?: unknown;
      mtimeMs?: unknown;
      facts?: unknown;
    };
    if (
      head.format !== FORMAT ||
      head.key !== key ||
      !head.facts ||
      typeof head.facts !== "object"
    ) {
      removeEntry(dir, key);
      return undefined;
    }
    const file = entryPath(dir, key);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) return undefined;
    if (st.size === head.size && typeof head.mtimeMs === "number" && sameSecond(st, head.mtimeMs))
      return { file, facts: head.facts as FileFacts };
  } catch (err) {
    // No facts (absent, or being written): a miss; facts that do not parse: a damaged entry.
    if (!(err instanceof SyntaxError)) return undefined;
  }
  removeEntry(dir, key);
  return undefined;
}

/**
 * Removes a damaged entry (facts first), so the build that misses it stores the page again.
 * Never throws. Note: two builds that store one key write the same bytes and facts, so an entry
 * whose facts disagree with its bytes or key is damaged, never half-written.
 */
function removeEntry(dir: string, key: string): void {
  for (const f of [factsPath(dir, key), entryPath(dir, key)]) fs.rmSync(f, { force: true });
}

/**
 * Links (or copies) the entry of `key` out to the new file `to` and returns its facts; undefined when
 * the store lacks it. Throws when `to` cannot be written.
 */
export function restorePage(dir: string, key: string, to: string): FileFacts | undefined {
  const page = lookupPage(dir, key);
  return page && linkOut(page.file, to) ? page.facts : undefined;
}

/**
 * Links (or copies) the bytes of `key` out to the new file `to` for a page whose facts the build
 * already holds: a manifest recorded them with the page's `size` and `mtimeMs` for the same input
 * hash. An entry stored from that very page has both, and its facts file is neither read nor
 * parsed; any other entry is checked against its facts, and one of another size is not used (the
 * facts the build holds would not be its). False when the store lacks it.
 */
export function copyPage(
  dir: string,
  key: string,
  { size, mtimeMs }: { size: number; mtimeMs: number },
  to: string,
): boolean {
  if (!HEX.test(key)) return false;
  const file = entryPath(dir, key);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st?.isFile()) return false;
  if (st.size === size && sameSecond(st, mtimeMs)) return linkOut(file, to);
  // Checked against its facts: a damaged entry (a page written over in place) is removed here.
  return lookupPage(dir, key) !== undefined && st.size === size && linkOut(file, to);
}

/**
 * Whether `st` was modified in the same second as `mtimeMs`: archives of the cache (`tar`,
 * `actions/cache`) keep mtimes to the second at least, and a page written over in place has a
 * later one (unless within the same second as it was written).
 */
function sameSecond(st: fs.Stats, mtimeMs: number): boolean {
  return Math.floor(st.mtimeMs / 1000) === Math.floor(mtimeMs / 1000);
}

/** Why `link` may refuse where a copy works: another file system, no links, too many links. */
const NO_LINK = new Set(["EXDEV", "EPERM", "EMLINK", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** `to` made the new name of `from`'s inode, or a copy of it where links are refused. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (err) {
    if (!NO_LINK.has((err as NodeJS.ErrnoException).code ?? "")) throw err;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE);
  }
}

/** Links (or copies) a store entry out to the new file `to`; false when the store's side failed. */
function linkOut(file: string, to: string): boolean {
  try {
    linkOrCopy(file, to);
    return true;
  } catch (err) {
    // The store's side (pruned since the lookup, unreadable): a miss, and the page renders.
    // Anything else (a file already there, a full disk) is the destination's fault.
    if ((err as NodeJS.ErrnoException).code !== "EEXIST" && !readable(file)) {
      fs.rmSync(to, { force: true });
      return false;
    }
    throw err;
  }
}

/** Whether `file` can be read whole. */
function readable(file: string): boolean {
  try {
    fs.readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores the staged or published `file` (a link to it, or a copy) with its facts under `key`, each
 * part atomically (temp file + rename; bytes first, so facts never name bytes that are not there).
 * Two builds writing one key write the same bytes. Returns false when the entry could not be written
 * (the build goes on without it).
 */
export function writePage(dir: string, key: string, page: StoredPage): boolean {
  const file = entryPath(dir, key);
  const suffix = `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  const tmps = [`${file}${suffix}`, `${factsPath(dir, key)}${suffix}`] as const;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    linkOrCopy(page.file, tmps[0]);
    const { size, mtimeMs } = fs.statSync(tmps[0]);
    const head = { format: FORMAT, key, size, mtimeMs: Math.floor(mtimeMs), facts: page.facts };
    fs.writeFileSync(tmps[1], JSON.stringify(head));
    fs.renameSync(tmps[0], file);
    fs.renameSync(tmps[1], factsPath(dir, key));
    return true;
  } catch {
    for (const t of tmps) fs.rmSync(t, { force: true });
    return false;
  }
}

/**
 * Marks the entry of `key` as used now (its facts file's mtime is the LRU clock: the bytes are a
 * published page's inode, whose mtime the next build checks); false when it is absent. Never throws.
 */
export function touchPage(dir: string, key: string, now: Date): boolean {
  try {
    fs.utimesSync(factsPath(dir, key), now, now);
    return fs.existsSync(entryPath(dir, key));
  } catch {
    return false;
  }
}
