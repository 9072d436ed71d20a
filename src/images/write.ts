// The images stage: every rendition the site uses, from the cache or made by sharp in a bounded
// pool, written into the staging folder.
import { contentError, type ContentError } from "../content/errors.ts";
import { imageCacheDir, renditionKey, readEntry, writeEntry } from "./cache.ts";
import type { Rendition } from "./plan.ts";
import { defaultConcurrency, mapBounded } from "./pool.ts";

/** What the images stage needs besides the renditions. */
export interface WriteOptions {
  /** Source bytes by content path. */
  sources: ReadonlyMap<string, Uint8Array>;
  /** The cache folder; `false`: make every rendition. */
  cacheDir: string | false;
  /** Writes one output file (below the staging folder, refusing escapes). */
  write: (sitePath: string, bytes: Uint8Array) => Promise<void>;
  /** How errors name a content file. */
  displayPath: (source: string) => string;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** Asked before each rendition: true stops the stage (a build that failed elsewhere). */
  stop?: () => boolean;
}

/** Files written, how many were made (cache misses), and the sources that failed to encode. */
export interface WriteResult {
  files: number;
  made: number;
  cached: number;
  errors: ContentError[];
}

/**
 * Writes every rendition (each path once). A warm build reads every one from the cache and makes
 * none; a source sharp fails on is one `E_IMAGE_INVALID` at its file.
 */
export async function writeRenditions(
  renditions: readonly Rendition[],
  opts: WriteOptions,
): Promise<WriteResult> {
  const result: WriteResult = { files: 0, made: 0, cached: 0, errors: [] };
  const failed = new Map<string, string>();
  const dir = imageCacheDir(opts.cacheDir);
  let done = 0;
  const limit = opts.concurrency ?? defaultConcurrency();
  const each = async (r: Rendition): Promise<void> => {
    const bytes = await renditionBytes(r, dir, opts.sources, result).catch((err: unknown) => {
      failed.set(r.source, err instanceof Error ? err.message.split("\n")[0]! : String(err));
      return undefined;
    });
    if (bytes) {
      await opts.write(r.path, bytes);
      result.files++;
    }
    opts.onProgress?.(++done, renditions.length);
  };
  await mapBounded(renditions, limit, each, opts.stop);
  for (const [source, reason] of [...failed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    result.errors.push(
      contentError(
        opts.displayPath(source),
        "E_IMAGE_INVALID",
        `the image cannot be decoded (${reason.slice(0, 120)})`,
        "export the image again from the original (the file is damaged)",
      ),
    );
  }
  return result;
}

/** One rendition's bytes: from the image cache `dir`, else encoded (and stored for the next build). */
async function renditionBytes(
  r: Rendition,
  dir: string | false,
  sources: ReadonlyMap<string, Uint8Array>,
  counts: { made: number; cached: number },
): Promise<Uint8Array> {
  const key = renditionKey(r);
  const hit = dir ? await readEntry(dir, key, r.format) : undefined;
  if (hit) {
    counts.cached++;
    return hit;
  }
  const source = sources.get(r.source);
  if (!source) throw new Error(`internal: no source for ${r.path}`);
  // Note: loaded on the first rendition the cache lacks (sharp's native binding costs ~0.2 s to load).
  const { encodeRendition } = await import("./encode.ts");
  const bytes = await encodeRendition(source, r);
  counts.made++;
  if (dir) await writeEntry(dir, key, r.format, bytes);
  return bytes;
}
