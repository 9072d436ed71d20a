// The images stage: every rendition the site uses, copied from the cache or made by sharp in a
// bounded pool, written into the staging folder. A source is read only when a rendition of it is made.
import { existsSync } from "node:fs";
import { contentError, type ContentError } from "../content/errors.ts";
import type { MediaFile } from "../content/load.ts";
import { mediaReadError, readMediaChecked } from "../content/media-read.ts";
import { entryPath, imageCacheDir, renditionKey, writeEntry } from "./cache.ts";
import type { DecodedSource } from "./encode.ts";
import type { Rendition } from "./plan.ts";
import { defaultConcurrency, mapBounded } from "./pool.ts";

/** What the images stage needs besides the renditions. */
export interface WriteOptions {
  /** Source files by content path. */
  sources: ReadonlyMap<string, MediaFile>;
  /** The cache folder; `false`: make every rendition. */
  cacheDir: string | false;
  /** Writes one output file (below the staging folder, refusing escapes). */
  write: (sitePath: string, bytes: Uint8Array) => Promise<void>;
  /** Copies a cached file to one output file (below the staging folder, refusing escapes). */
  copy: (sitePath: string, from: string) => Promise<void>;
  /** How errors name a content file. */
  displayPath: (source: string) => string;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** Asked before each rendition: true stops the stage (a build that failed elsewhere). */
  stop?: () => boolean;
}

/** Files written, how many were made (cache misses), and the sources that failed. */
export interface WriteResult {
  files: number;
  made: number;
  cached: number;
  errors: ContentError[];
}

/**
 * Writes every rendition (each path once). A warm build copies every one from the cache and makes
 * none; a source sharp fails on is one `E_IMAGE_INVALID` at its file, one that changed since parse
 * described it `E_IMAGE_CHANGED`.
 */
export async function writeRenditions(
  renditions: readonly Rendition[],
  opts: WriteOptions,
): Promise<WriteResult> {
  const result: WriteResult = { files: 0, made: 0, cached: 0, errors: [] };
  const failed = new Map<string, ContentError>();
  const dir = imageCacheDir(opts.cacheDir);
  const limit = opts.concurrency ?? defaultConcurrency();
  const source = sourceReader(opts.sources, limit + 1);
  let done = 0;
  // Renditions of one source one after another: each source is read once, while it is in use.
  const bySource = [...renditions].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  // Each rendition the image cache holds, with its cache file (looked up once).
  const entries = new Map<Rendition, string>();
  if (dir)
    for (const r of bySource) {
      const entry = entryPath(dir, renditionKey(r), r.format);
      if (existsSync(entry)) entries.set(r, entry);
    }
  const progress = (): void => opts.onProgress?.(++done, renditions.length);
  const make = async (r: Rendition): Promise<void> => {
    if (!failed.has(r.source)) {
      const bytes = await makeRendition(r, dir, source).catch((err: unknown) => {
        if (!failed.has(r.source)) failed.set(r.source, sourceError(r, opts, err));
        return undefined;
      });
      if (bytes) {
        await opts.write(r.path, bytes);
        result.made++;
      }
    }
    progress();
  };
  // A cached rendition whose entry is gone by the time it is copied (another build pruned it) is
  // made after the copies, in sharp's pool: the copy pool never encodes.
  const gone = new Set<Rendition>();
  const copy = async (r: Rendition): Promise<void> => {
    if (failed.has(r.source)) progress();
    else if (await copyCached(r, entries.get(r)!, opts)) {
      result.cached++;
      progress();
    } else gone.add(r);
  };
  // The cached ones are copies, many in flight: they move whenever the main thread yields (a CI
  // build's 609 copies waited ~0.5 s after render two at a time); sharp gets `limit` at once.
  const toMake = bySource.filter((r) => !entries.has(r));
  let failing = false;
  const stop = (): boolean => failing || opts.stop?.() === true;
  const pools = [
    mapBounded([...entries.keys()], COPIES_IN_FLIGHT, copy, stop),
    mapBounded(toMake, limit, make, stop),
  ].map((p) => p.catch((err: unknown) => ((failing = true), Promise.reject(err))));
  // Both pools settle before the stage does (the caller may remove staging next).
  const settled = await Promise.allSettled(pools);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  await mapBounded(
    bySource.filter((r) => gone.has(r)),
    limit,
    make,
    opts.stop,
  );
  result.files = result.cached + result.made;
  for (const s of [...failed.keys()].sort()) result.errors.push(failed.get(s)!);
  return result;
}

/** Cached renditions copied at once (each a kernel copy on Node's I/O threads). */
const COPIES_IN_FLIGHT = 16;

/** Copies `r` from its cache file `entry` into the output; false when the entry is gone since. */
async function copyCached(r: Rendition, entry: string, opts: WriteOptions): Promise<boolean> {
  try {
    await opts.copy(r.path, entry);
    return true;
  } catch (err) {
    // An entry missing (or removed meanwhile) is made again; a fault writing the output is thrown.
    if (existsSync(entry)) throw err;
    return false;
  }
}

/** Encodes `r` from its decoded source (from `source`) and stores it in the image cache `dir`. */
async function makeRendition(
  r: Rendition,
  dir: string | false,
  source: (r: Rendition) => Promise<DecodedSource>,
): Promise<Uint8Array> {
  const decoded = await source(r);
  const { encodeRendition } = await import("./encode.ts");
  const out = await encodeRendition(decoded, r);
  if (dir) await writeEntry(dir, renditionKey(r), r.format, out);
  return out;
}

/**
 * A rendition's source, read (checked against the hash parse gave it) and decoded once; the last
 * `keep` sources decoded are held, so a source is decoded once while its renditions are made.
 */
function sourceReader(
  sources: ReadonlyMap<string, MediaFile>,
  keep: number,
): (r: Rendition) => Promise<DecodedSource> {
  const held = new Map<string, Promise<DecodedSource>>();
  return (r) => {
    const had = held.get(r.source);
    if (had) return had;
    const file = sources.get(r.source);
    if (!file) throw new Error(`internal: no source for ${r.path}`);
    const decoded = (async () => {
      const bytes = readMediaChecked(file, r.sha256);
      // Note: loaded on the first rendition the cache lacks (sharp's native binding costs ~0.2 s to load).
      const { decodeSource } = await import("./encode.ts");
      return decodeSource(bytes);
    })();
    held.set(r.source, decoded);
    if (held.size > keep) held.delete(held.keys().next().value!);
    return decoded;
  };
}

/** The located error of a source that could not be read or decoded. */
function sourceError(r: Rendition, opts: WriteOptions, err: unknown): ContentError {
  const file = opts.sources.get(r.source);
  const readError = file && mediaReadError(file, err);
  if (readError) return readError;
  const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
  return contentError(
    opts.displayPath(r.source),
    "E_IMAGE_INVALID",
    `the image cannot be decoded (${reason.slice(0, 120)})`,
    "export the image again from the original (the file is damaged)",
  );
}
