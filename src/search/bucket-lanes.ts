// The search stage's buckets, indexed or copied: the ones the cache lacks go to Pagefind lanes
// (one process each), the cached ones are copied from the cache meanwhile, each bucket's files
// written below /pagefind/ as soon as they are ready.
import { contentError, type ContentError } from "../content/errors.ts";
import { bucketKey, hasEntry, readEntryAsync, writeEntry } from "./bucket-cache.ts";
import type { IndexFile } from "./pagefind-run.ts";
import type { PagefindThread } from "./pagefind-thread.ts";
import { pagefindRecord, type SearchRecord } from "./records.ts";
import type { SearchIndexResult, SearchProgress } from "./search-result.ts";

/** A bucket's own files: its entry, metadata, word index chunks, fragments and filters. */
export const BUCKET_FILE =
  /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(?:index|fragment|filter)\/[\w-]+\.pf_(?:index|fragment|filter))$/;

/** The browser runtime: the module, its worker and the WebAssembly of each language. */
export const RUNTIME_FILE = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** What `indexBuckets` works through and fills in. */
export interface BucketWork {
  byBucket: ReadonlyMap<string, SearchRecord[]>;
  version: string;
  cacheDir: string | false;
  runtime: Map<string, Uint8Array>;
  result: SearchIndexResult;
  /** Writes a bucket's files below its folder (`en/2024/`) in /pagefind/. */
  write: (bucket: string, files: readonly IndexFile[]) => Promise<void>;
  entries: Map<string, IndexFile | undefined>;
  progress: SearchProgress;
}

/** One bucket of the queue: its name, records and cache key. */
interface QueuedBucket {
  bucket: string;
  recs: SearchRecord[];
  key: string;
}

/**
 * Indexes and writes every bucket. The buckets the cache lacks go to Pagefind first, each lane (one
 * Pagefind process) taking the next when it is done with one, and the cached ones are copied while
 * Pagefind works, through Node's I/O threads: after one edit, Pagefind starts at once instead of
 * after the buckets before its article's (an edit's search wait at 10k: ~1.8 s), and the main
 * thread goes on with plan and render. A cached entry that fails its checks joins the
 * lanes' queue. A bucket that fails to index stops the lanes taking more; a file-system fault is
 * thrown once every lane has stopped.
 */
export async function indexBuckets(lanes: readonly PagefindThread[], w: BucketWork): Promise<void> {
  const { result } = w;
  const all: QueuedBucket[] = [...w.byBucket].map(([bucket, recs]) => {
    const key = bucketKey(w.version, recs);
    result.keys.push(key);
    return { bucket, recs, key };
  });
  const cached = (b: QueuedBucket): boolean => w.cacheDir !== false && hasEntry(w.cacheDir, b.key);
  const queue = all.filter((b) => !cached(b));
  const copies = all.filter(cached);
  const total = all.reduce((n, b) => n + b.recs.length, 0);
  let done = 0;
  // Counted from now: a display's clock (rate, ETA) starts at its first count.
  w.progress(0, total);
  let faulted = false;
  const place = async (b: QueuedBucket, files: readonly IndexFile[]): Promise<void> => {
    // A file-system fault here is the build's to report (E_DISK_FULL…), not a search error.
    try {
      await w.write(b.bucket, files);
    } catch (err) {
      faulted = true;
      throw err;
    }
    w.entries.set(
      b.bucket,
      files.find((f) => f.path === "pagefind-entry.json"),
    );
    w.progress((done += b.recs.length), total);
  };
  const stopped = (): boolean => result.errors.length > 0 || faulted;
  const more = (): QueuedBucket | undefined => (stopped() ? undefined : queue.shift());
  const lane = async (pagefind: PagefindThread): Promise<void> => {
    for (let next = more(); next; next = more()) {
      let files: IndexFile[];
      try {
        files = await indexedFiles(pagefind, next, w.cacheDir, w.runtime, result);
      } catch (err) {
        // One failure fails the build: the other buckets need not wait on Pagefind too.
        result.errors.push(indexError(next.bucket, err));
        return;
      }
      await place(next, files);
    }
  };
  // The copies read and write off the main thread, which goes on with plan and render meanwhile.
  const copy = async (): Promise<void> => {
    for (const b of copies) {
      if (stopped()) return;
      const files = await readEntryAsync(w.cacheDir as string, b.key);
      if (!files) {
        queue.push(b);
        continue;
      }
      result.carried++;
      await place(b, files);
    }
  };
  // Each lane has sent its first bucket to Pagefind before the copies start.
  let settled: PromiseSettledResult<void>[] = await Promise.allSettled([
    ...lanes.map(lane),
    copy(),
  ]);
  // Damaged entries found after the lanes ran out of work are indexed now.
  if (queue.length > 0 && !stopped())
    settled = settled.concat(await Promise.allSettled(lanes.map(lane)));
  result.errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const fault = settled.find((e) => e.status === "rejected");
  if (fault) throw fault.reason;
}

/**
 * A bucket's files indexed by Pagefind now and stored in the cache (the runtime files Pagefind
 * wrote beside them go to `runtime`). Throws Pagefind's error.
 */
async function indexedFiles(
  pagefind: PagefindThread,
  { key, recs }: QueuedBucket,
  cacheDir: string | false,
  runtime: Map<string, Uint8Array>,
  result: SearchIndexResult,
): Promise<IndexFile[]> {
  const all = await pagefind.index(recs.map(pagefindRecord));
  const files = all.filter((f) => BUCKET_FILE.test(f.path));
  for (const f of all) if (RUNTIME_FILE.test(f.path)) runtime.set(f.path, f.bytes);
  if (cacheDir) result.cacheBytesAdded += writeEntry(cacheDir, key, files);
  result.indexed++;
  return files;
}

/** A bucket that could not be indexed, as a located error on its output folder. */
export function indexError(bucket: string, err: unknown): ContentError {
  return contentError(
    `<output>/pagefind/${bucket}`,
    "E_SEARCH_INDEX",
    `the search index${bucket ? ` of ${bucket}` : ""} could not be built: ${(err as Error).message ?? String(err)}`,
    "the previous output is untouched; build again, and report it if it fails the same way",
  );
}
