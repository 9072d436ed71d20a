// Stage 10 and what follows it: the staged writes, the swap, then the manifest, the page store, the
// caches' caps and the build stamp (after the swap a write that fails is a warning, never exit 1).
import path from "node:path";
import { displayPath } from "./content/display-path.ts";
import {
  commitRecord,
  prepareRecord,
  type PreparedRecord,
  type RenderPlan,
} from "./incremental/plan.ts";
import { capToUse } from "./incremental/store-prune.ts";
import { BODY_CACHE } from "./markdown/cache.ts";
import { resolveCacheDir, type BuildOptions, type SiteModel } from "./model-site.ts";
import { faultError } from "./publish/fs-fault.ts";
import { pendingNextPublish } from "./publish/next-publish.ts";
import { isCi, pendingLock } from "./publish/redirects-lock.ts";
import { stageWrites } from "./publish/staged-write.ts";
import { swapIn } from "./publish/swap.ts";
import type { FileFacts } from "./publish/verify.ts";
import type { BuildRun } from "./report.ts";
import { SEARCH_CACHE } from "./search/bucket-cache.ts";
import { stampOutput, type StampSite } from "./up-to-date.ts";

/**
 * A build's record for the cache, made before the swap (`prepareRecord`): none without a cache, or
 * the fault that stopped it.
 */
export type Recorded = PreparedRecord | { fault: unknown } | undefined;

/**
 * This build's record, made from the staged pages and their verified `facts` before the swap: a
 * fault is kept, and reported after the swap as a write after publishing is.
 */
export function recordStaged(
  opts: BuildOptions,
  staging: string,
  plan: RenderPlan,
  facts: ReadonlyMap<string, FileFacts>,
): Recorded {
  try {
    return prepareRecord(plan, staging, opts.outDir, resolveCacheDir(opts.cacheDir), facts);
  } catch (fault) {
    return { fault };
  }
}

/**
 * Stage 10: the staged writes (redirects.lock, next-publish.json), the swap, then the manifest and
 * the page store's cap while the old tree is removed. Returns the published output, or throws.
 */
export async function swapAndRecord(
  opts: BuildOptions,
  run: BuildRun,
  model: SiteModel,
  staging: string,
  plan: RenderPlan,
  record: Recorded,
  used: CacheUse,
): Promise<Published> {
  const cacheDir = resolveCacheDir(opts.cacheDir);
  const lock = pendingLock(model.collected, { ...lockOf(opts), write: !opts.preview });
  const writes = await stageWrites([
    ...(lock ? [lock] : []),
    pendingNextPublish(".broadsheet", model.collected.nextPublish),
  ]);
  let swapped: Awaited<ReturnType<typeof swapIn>>;
  try {
    swapped = await run.stage(
      "publish",
      () => swapIn(staging, opts.outDir, plan.buildId),
      () => opts.outDir,
    );
  } catch (err) {
    await Promise.all(writes.map((w) => w.discard()));
    throw err;
  }
  for (const w of writes) await w.commit().catch((err: unknown) => notWritten(run, w.target, err));
  try {
    // The old tree is removed on a worker thread while the cache is saved.
    if (record && "fault" in record) throw record.fault;
    if (cacheDir && record) commitRecord(record, cacheDir);
    if (cacheDir) pruneCaches(cacheDir, used);
  } catch (err) {
    notWritten(run, cacheDir || opts.outDir, err);
  }
  return { oldTreeRemoved: swapped.oldTreeRemoved, buildId: plan.buildId };
}

/** An output just published: its marker's id, and its old tree removed on a worker thread until this settles. */
export interface Published {
  oldTreeRemoved: Promise<void>;
  buildId: string;
}

/** The body-cache and search-cache entries a build uses, for each cache it wrote to. */
export interface CacheUse {
  bodies: CacheFolderUse | undefined;
  search: CacheFolderUse | undefined;
}

/** The entries a build uses in one capped cache folder, and the bytes it wrote there. */
export interface CacheFolderUse {
  keys: readonly string[];
  added: number;
}

/**
 * Caps the body cache and the search cache at 3× what this build uses (least recently written
 * first, never an entry it uses): each renderer or content change adds a version of every body or
 * bucket, and a CI cache is saved and restored whole.
 */
function pruneCaches(cacheDir: string, used: CacheUse): void {
  for (const [{ folder, ext }, use] of [
    [BODY_CACHE, used.bodies],
    [SEARCH_CACHE, used.search],
  ] as const)
    if (use) capToUse(path.join(cacheDir, folder), ext, new Set(use.keys), use.added);
}

/**
 * Stamps the output just published, unless a write after publishing failed or the build rewrote
 * redirects.lock (a content file): then the next build runs in full.
 */
export function stampPublished(
  run: BuildRun,
  site: StampSite,
  model: SiteModel,
  buildId: string,
): void {
  if (run.report.warnings.some((w) => w.code === "W_NOT_WRITTEN")) return;
  if (model.collected.redirects?.changed) return;
  try {
    stampOutput(site, model.collected.clock, run.report, buildId);
  } catch (err) {
    notWritten(run, site.cacheDir, err);
  }
}

/** After the swap the output is published: a write that fails then is a warning, never exit 1. */
function notWritten(run: BuildRun, file: string, err: unknown): void {
  const fault = faultError(err, file, `write ${displayPath(file)} after publishing`);
  if (!fault) throw err;
  run.add([{ ...fault, code: "W_NOT_WRITTEN", hint: `${fault.hint}; then build again` }]);
}

/** What the redirects.lock check needs of the build options. */
export function lockOf(opts: BuildOptions): { contentDir: string; ci: boolean } {
  return { contentDir: opts.contentDir, ci: isCi() };
}
