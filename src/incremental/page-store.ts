// The page store: rendered output files kept in the cache by their input hash (the hash plan.ts
// computes), with their verify facts. A build restores from it any page whose inputs match, whatever
// the output folder holds, so a fresh clone with a restored cache renders only what changed.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FileFacts } from "../publish/verify.ts";

/** One stored page: where its bytes are and what verify learned about them. */
export interface StoredPage {
  /** The entry's file: the page's exact bytes (copied out by the kernel, never read by the build). */
  file: string;
  facts: FileFacts;
}

const FORMAT = "broadsheet-page-2";
const HEX = /^[0-9a-f]{64}$/;
/** The extension of an entry's bytes; its facts sit beside them in `FACTS_EXT`. */
export const PAGE_EXT = ".page";
/** The extension of an entry's facts: `{format, key, size, facts}`. */
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
 * bytes are not the size its facts recorded (a truncated or replaced entry). Never throws.
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
    if (st.size === head.size) return { file, facts: head.facts as FileFacts };
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
 * Copies the entry of `key` to the new file `to` (a copy-on-write clone where the file system has
 * them) and returns its facts; undefined when the store lacks it. Throws when `to` cannot be written.
 */
export function restorePage(dir: string, key: string, to: string): FileFacts | undefined {
  const page = lookupPage(dir, key);
  return page && copyOut(page.file, to) ? page.facts : undefined;
}

/**
 * Copies the bytes of `key` to the new file `to` when the entry is there and `size` bytes long:
 * for a page whose facts the build already holds (the manifest recorded them for the same input
 * hash), so its facts file is neither read nor parsed. False when the store lacks it.
 */
export function copyPage(dir: string, key: string, size: number, to: string): boolean {
  if (!HEX.test(key)) return false;
  const file = entryPath(dir, key);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st !== undefined && st.isFile() && st.size === size && copyOut(file, to);
}

/** Copies a store entry's bytes to the new file `to`; false when the store's side failed. */
function copyOut(file: string, to: string): boolean {
  try {
    fs.copyFileSync(file, to, fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE);
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
 * Stores a copy of the published `file` with its facts under `key`, each part atomically (temp
 * file + rename; bytes first, so facts never name bytes that are not there). Two builds writing
 * one key write the same bytes. Returns false when the entry could not be written (the build goes
 * on without it).
 */
export function writePage(dir: string, key: string, page: StoredPage): boolean {
  const file = entryPath(dir, key);
  const suffix = `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  const tmps = [`${file}${suffix}`, `${factsPath(dir, key)}${suffix}`] as const;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(page.file, tmps[0], fs.constants.COPYFILE_FICLONE);
    const size = fs.statSync(tmps[0]).size;
    fs.writeFileSync(tmps[1], JSON.stringify({ format: FORMAT, key, size, facts: page.facts }));
    fs.renameSync(tmps[0], file);
    fs.renameSync(tmps[1], factsPath(dir, key));
    return true;
  } catch {
    for (const t of tmps) fs.rmSync(t, { force: true });
    return false;
  }
}

/**
 * Marks the entry of `key` as used now (its bytes' mtime is the LRU clock); false when it is
 * absent. Never throws.
 */
export function touchPage(dir: string, key: string, now: Date): boolean {
  try {
    fs.utimesSync(entryPath(dir, key), now, now);
    return fs.existsSync(factsPath(dir, key));
  } catch {
    return false;
  }
}
