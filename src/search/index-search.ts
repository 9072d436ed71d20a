// The search stage (after render, before verify): one Pagefind index per bucket (edition × year) of
// the site's search records, each taken from the cache when its records did not change and written
// into the staging folder under /pagefind/ as soon as it is ready, then Pagefind's browser module and
// our search script. A bucket that fails to index is an error: the build stops and the previous
// output stays.
import fs from "node:fs";
import path from "node:path";
import { PAGEFIND_MODULE, SEARCH_SCRIPT } from "../collect/search.ts";
import { SEARCH_FOLDER } from "../routes.ts";
import { readEntry, writeEntry } from "./bucket-cache.ts";
import { indexBuckets, indexError, RUNTIME_FILE } from "./bucket-lanes.ts";
import { pagefindVersion, type IndexFile } from "./pagefind-run.ts";
import { PagefindThread } from "./pagefind-thread.ts";
import type { PagefindRecord, SearchRecord } from "./records.ts";
import { emptySearchResult, type SearchIndexResult, type SearchProgress } from "./search-result.ts";

/**
 * Indexes `records` (cache first) and writes the whole /pagefind/ folder into `staging`, telling
 * `progress` how many records are done after each bucket. One Pagefind process indexes the buckets
 * the cache lacks, one after another: it runs beside render, and it holds a bucket's index in
 * memory (buckets of at most 3,000 records: up to ~650 MB seen at 40k articles, ~1.8 GB at 100k).
 */
export async function indexSearch(
  records: readonly SearchRecord[],
  staging: string,
  cacheDir: string | false,
  progress: SearchProgress = () => {},
): Promise<SearchIndexResult> {
  const version = pagefindVersion();
  const result = emptySearchResult();
  const byBucket = groupByBucket(records);
  result.buckets = byBucket.size;
  const runtimeKey = `runtime-${version}`;
  result.keys.push(runtimeKey);
  const runtime = new Map(
    (cacheDir ? readEntry(cacheDir, runtimeKey) : undefined)?.map((f) => [f.path, f.bytes]),
  );
  const runtimeSize = runtime.size;
  // Each bucket is written as soon as it is indexed (an archive's index need not be in memory at
  // once); only its entry file is kept, to find each edition's runtime.
  const entries = new Map<string, IndexFile | undefined>();
  const write = bucketWriter(staging, result);
  const thread = new PagefindThread();
  let primaries: Map<string, string[]>;
  try {
    const work = { byBucket, version, cacheDir, runtime, result, write, entries, progress };
    await indexBuckets([thread], work);
    if (result.errors.length > 0) return result;
    primaries = primaryBuckets(entries);
    try {
      for (const [bucket, need] of primaries) {
        if (need.every((n) => runtime.has(n))) continue;
        for (const f of await thread.index([sampleRecord(bucket)]))
          if (RUNTIME_FILE.test(f.path)) runtime.set(f.path, f.bytes);
      }
    } catch (err) {
      result.errors.push(indexError("", err));
      return result;
    }
  } finally {
    await thread.close().catch(() => undefined);
  }
  if (cacheDir && runtime.size !== runtimeSize)
    result.cacheBytesAdded += writeEntry(
      cacheDir,
      runtimeKey,
      [...runtime].sort().map(([p, bytes]) => ({ path: p, bytes })),
    );
  await writeRuntime(write, entries.size > 0, primaries, runtime);
  return result;
}

/** The stage's line of `--verbose`: `4 buckets (1 indexed, 3 from the cache), 52 files`. */
export function describeSearch(r: SearchIndexResult): string {
  return `${r.buckets} buckets (${r.indexed} indexed, ${r.carried} from the cache), ${r.files} files`;
}

/** Records by bucket folder, buckets in name order (records keep their order). */
function groupByBucket(records: readonly SearchRecord[]): Map<string, SearchRecord[]> {
  const out = new Map<string, SearchRecord[]>();
  for (const r of [...records].sort((a, b) =>
    a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0,
  )) {
    const list = out.get(r.bucket);
    if (list) list.push(r);
    else out.set(r.bucket, [r]);
  }
  return out;
}

/**
 * Each edition's primary bucket (its newest year: the one the search page loads first, the others
 * merged into it) with the runtime files it must hold: Pagefind's worker and the WebAssembly its
 * entry names for the language.
 */
function primaryBuckets(
  entries: ReadonlyMap<string, IndexFile | undefined>,
): Map<string, string[]> {
  const newest = new Map<string, string>();
  for (const b of [...entries.keys()].sort()) {
    const lang = b.split("/")[0]!;
    if ((newest.get(lang) ?? "") < b) newest.set(lang, b);
  }
  const out = new Map<string, string[]>();
  for (const [lang, b] of newest) {
    const entry = entries.get(b);
    const parsed = JSON.parse(Buffer.from(entry?.bytes ?? []).toString("utf8") || "{}") as {
      languages?: Record<string, { wasm?: string | null }>;
    };
    const wasm = parsed.languages?.[lang]?.wasm ?? "unknown";
    out.set(b, ["pagefind-worker.js", `wasm.${wasm}.pagefind`, PAGEFIND_MODULE]);
  }
  return out;
}

/** A one-word record of `lang`, to get the runtime of a language when the cache lost it. */
function sampleRecord(bucket: string): PagefindRecord {
  const language = bucket.split("/")[0]!;
  return {
    url: "/",
    language,
    content: "x",
    meta: { title: "x", card: "" },
    filters: { section: [], tag: [], author: [], year: [] },
    sort: { date: "0" },
  };
}

/** Where `rel` goes below /pagefind/ of `staging`; a path that would leave it is a bug. */
function targetIn(staging: string, rel: string): string {
  const root = path.join(staging, SEARCH_FOLDER);
  const target = path.resolve(root, rel);
  if (!target.startsWith(root + path.sep)) throw new Error(`internal: ${rel} escapes /pagefind/`);
  return target;
}

/**
 * Writes a bucket's files below its folder in /pagefind/ of `staging` (never over another) through
 * Node's I/O threads, counted in `result`; every write has ended when it settles.
 */
function bucketWriter(
  staging: string,
  result: SearchIndexResult,
): (bucket: string, files: readonly IndexFile[]) => Promise<void> {
  const made = new Set<string>();
  return async (bucket, files) => {
    const targets = files.map((f) => ({ target: targetIn(staging, bucket + f.path), f }));
    for (const dir of new Set(targets.map((t) => path.dirname(t.target)))) {
      if (made.has(dir)) continue;
      await fs.promises.mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const ends = await Promise.allSettled(
      targets.map((t) => fs.promises.writeFile(t.target, t.f.bytes, { flag: "wx" })),
    );
    const failed = ends.find((e) => e.status === "rejected");
    if (failed) throw failed.reason;
    result.files += files.length;
    for (const f of files) result.bytes += f.bytes.length;
  };
}

/** Writes each primary's runtime files, Pagefind's module (when there is an index) and our script. */
async function writeRuntime(
  write: (bucket: string, files: readonly IndexFile[]) => Promise<void>,
  anyBucket: boolean,
  primaries: ReadonlyMap<string, string[]>,
  runtime: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const file = (folder: string, name: string): IndexFile => {
    const bytes = runtime.get(name);
    if (!bytes) throw new Error(`internal: no bytes for /pagefind/${folder}${name}`);
    return { path: name, bytes };
  };
  for (const [bucket, need] of primaries)
    await write(
      bucket,
      need.filter((n) => n !== PAGEFIND_MODULE).map((n) => file(bucket, n)),
    );
  const script = fs.readFileSync(new URL("./client/search.js", import.meta.url));
  await write("", [
    ...(anyBucket ? [file("", PAGEFIND_MODULE)] : []),
    { path: SEARCH_SCRIPT, bytes: script },
  ]);
}
