// The search-index cache (`<cache>/search/`): the files Pagefind wrote for one bucket, keyed by a
// hash of the bucket's records and the Pagefind version, in one file checked on read (a damaged or
// foreign entry is indexed again). An unchanged bucket is copied from here instead of re-indexed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { IndexFile } from "./pagefind-run.ts";

const FORMAT = "broadsheet-search-2";

/** The key of a bucket: its records (in order) under this format and Pagefind version. */
export function bucketKey(version: string, records: readonly unknown[]): string {
  const h = createHash("sha256").update(FORMAT).update("\0").update(version).update("\0");
  for (const r of records) h.update(JSON.stringify(r)).update("\n");
  return h.digest("hex").slice(0, 32);
}

/** The search cache's folder in the cache folder, and its entries' file extension. */
export const SEARCH_CACHE = { folder: "search", ext: ".bin" };

function entryPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, SEARCH_CACHE.folder, `${key}${SEARCH_CACHE.ext}`);
}

/** Whether the cache holds an entry for `key` (not yet checked: `readEntry` does that). */
export function hasEntry(cacheDir: string, key: string): boolean {
  return fs.existsSync(entryPath(cacheDir, key));
}

/**
 * The files of a cached entry, or undefined when there is none or it fails its checks. The entry is
 * a JSON line `[[path, size, sha256]…]` and the files' bytes one after another.
 */
export function readEntry(cacheDir: string, key: string): IndexFile[] | undefined {
  try {
    return unpack(fs.readFileSync(entryPath(cacheDir, key)));
  } catch {
    return undefined;
  }
}

/** `readEntry` reading off the main thread (the copies of an edit's unchanged buckets). */
export async function readEntryAsync(
  cacheDir: string,
  key: string,
): Promise<IndexFile[] | undefined> {
  try {
    return unpack(await fs.promises.readFile(entryPath(cacheDir, key)));
  } catch {
    return undefined;
  }
}

/** An entry's files, checked; undefined when it is damaged or not an entry. */
function unpack(buf: Buffer): IndexFile[] | undefined {
  const nl = buf.indexOf(10);
  try {
    const list = JSON.parse(buf.subarray(0, nl).toString("utf8")) as [string, number, string][];
    const files: IndexFile[] = [];
    let at = nl + 1;
    for (const [p, size, sha] of list) {
      const bytes = buf.subarray(at, at + size);
      at += size;
      if (bytes.length !== size || createHash("sha256").update(bytes).digest("hex") !== sha)
        return undefined;
      files.push({ path: p, bytes });
    }
    return at === buf.length ? files : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes an entry atomically (a temp file renamed in) and returns its bytes; a cache that cannot be
 * written is skipped (0 bytes).
 */
export function writeEntry(cacheDir: string, key: string, files: readonly IndexFile[]): number {
  const file = entryPath(cacheDir, key);
  const list = files.map((f) => [
    f.path,
    f.bytes.length,
    createHash("sha256").update(f.bytes).digest("hex"),
  ]);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const bytes = Buffer.concat([
      Buffer.from(`${JSON.stringify(list)}\n`),
      ...files.map((f) => f.bytes),
    ]);
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
    return bytes.length;
  } catch {
    fs.rmSync(tmp, { force: true });
    return 0;
  }
}
