// The build, stage by stage: load → parse → index → bodies → collect → render → verify → publish.
// Each stage is one named, timed call; every problem of every stage is listed in one run, and the
// output folder changes only when all of them succeeded.
import path from "node:path";
import { planRender, type RenderPlan } from "./incremental/plan.ts";
import { imagesJob, imagesStage, type ImagesJob } from "./image-stages.ts";
import type { Progress } from "./progress.ts";
import { faultError } from "./publish/fs-fault.ts";
import { budgetFromEnv } from "./publish/output-budget.ts";
import { syncRedirectsLock } from "./publish/redirects-lock.ts";
import { discardStaging, prepareOutput } from "./publish/swap.ts";
import type { ScannedFile } from "./publish/file-facts.ts";
import { StagedScanner } from "./publish/staged-scanner.ts";
import { finishVerify, verifyBefore } from "./publish/verify.ts";
import { writeDeployFiles } from "./deploy/deploy-files.ts";
import { preloadEleventy, renderSite } from "./render/render.ts";
import { BuildRun, type BuildReport } from "./report.ts";
import { describeSearch, indexSearch } from "./search/index-search.ts";
import { SEARCH_FOLDER } from "./routes.ts";
import { searchJob, type SearchJob } from "./search/search-job.ts";
import { searchRecords } from "./search/records.ts";
import {
  loadStage,
  modelSite,
  resolveCacheDir,
  type BuildOptions,
  type SiteModel,
} from "./model-site.ts";
import { stampSite, upToDate } from "./up-to-date.ts";
import {
  lockOf,
  recordStaged,
  stampPublished,
  swapAndRecord,
  type CacheUse,
  type Published,
  type Recorded,
} from "./swap-and-record.ts";

export type { BuildReport } from "./report.ts";
export type { BuildOptions, SiteModel } from "./model-site.ts";

/**
 * Builds `contentDir` into `outDir`; content errors come back as values, never thrown. A
 * file-system fault (disk full, read-only, permission…) is a located error too: exit 1, the
 * previous output in place, the staging folder and staged writes removed.
 */
export async function build(opts: BuildOptions, progress: Progress): Promise<BuildReport> {
  const run = new BuildRun(progress);
  const at = { doing: "read the content", file: opts.contentDir };
  try {
    const loaded = { files: await loadStage(run, opts.contentDir) };
    const stamp = run.failed
      ? undefined
      : stampSite(opts, resolveCacheDir(opts.cacheDir), loaded.files);
    if (stamp && (await upToDate(run, stamp, opts))) return run.finish(true);
    const model = await modelSite(opts, run, loaded);
    if (!model || run.failed) return run.finish(false);
    const stale = await syncRedirectsLock(model.collected, { ...lockOf(opts), write: false });
    run.add(stale);
    if (run.failed || opts.checkOnly) return run.finish(!run.failed);
    Object.assign(at, { doing: "write the output", file: opts.outDir });
    const output = await prepareOutput(opts.outDir, opts.contentDir);
    if (!output.ok) {
      run.add([output.error]);
      return run.finish(false);
    }
    try {
      const published = await publishBuild(opts, run, model, output.staging);
      // The stamp's walk of the new output runs while the old tree is removed.
      if (published && stamp) stampPublished(run, stamp, model, published.buildId);
      if (published) await published.oldTreeRemoved;
      return run.finish(published !== false);
    } catch (err) {
      await discardStaging(output.staging);
      const alias = { from: output.staging, to: path.resolve(opts.outDir) };
      const fault = faultError(err, opts.outDir, at.doing, alias);
      if (!fault) throw err;
      run.add([fault]);
      return run.finish(false);
    }
  } catch (err) {
    const fault = faultError(err, at.file, at.doing);
    if (!fault) throw err;
    run.add([fault]);
    return run.finish(false);
  }
}

/**
 * Stages 6–9 into `staging`: plan, render, verify (output budget included), then every write that
 * can fail (redirects.lock, next-publish.json) staged before the swap, so a failing one stops the
 * build with the old output in place. After the swap only renames and the cache remain; a cache
 * that cannot be written is a warning. Returns false, or the published output (see `Published`).
 */
async function publishBuild(
  opts: BuildOptions,
  run: BuildRun,
  model: SiteModel,
  staging: string,
): Promise<Published | false> {
  const cacheDir = resolveCacheDir(opts.cacheDir);
  const search = searchJob((progress) =>
    indexSearch(searchRecords(model.collected), staging, cacheDir, progress),
  );
  const { mediaFiles: sources, displayPath } = model;
  const renditions = model.collected.site.media;
  const images = imagesJob({ renditions, sources, staging, cacheDir, displayPath });
  try {
    return await stagesAfterPlan(opts, run, model, staging, { search, images });
  } finally {
    // A stage that threw still lets the index and the images finish writing before staging is removed.
    await search.started;
    images.stop();
    await images.settled;
  }
}

/** Stages 6–9 (see `publishBuild`); the search index starts beside plan and render. */
async function stagesAfterPlan(
  opts: BuildOptions,
  run: BuildRun,
  model: SiteModel,
  staging: string,
  { search, images }: { search: SearchJob; images: ImagesJob },
): Promise<Published | false> {
  const cacheDir = resolveCacheDir(opts.cacheDir);
  const site = model.collected.site;
  // Search indexes beside plan and render (Pagefind's process uses the second core while this one
  // hashes views, restores pages and renders; see `search-job.ts`).
  void search.start();
  preloadEleventy();
  const plan = await run.stage(
    "plan",
    () => planRender(site, opts.outDir, staging, cacheDir),
    (p) =>
      `${p.files.rendered} to render, ${p.files.carried} carried over (${p.files.restored} from the page store)`,
  );
  run.report.files = plan.files;
  // Verify scans each rendered chunk on a worker thread while the next chunk renders.
  const scanner = new StagedScanner(staging, model.baseUrl);
  await run.stage(
    "render",
    () =>
      renderSite(
        site,
        plan.render,
        staging,
        model.assets,
        (done, total) => run.progressOf.count?.("render", done, total),
        (files) => scanner.add(files),
      ),
    (r) => `${r.files} files written`,
  );
  // Every rendered file is queued: the scan worker goes (and its heap with it) once it has scanned
  // them, not after images and search.
  const scanned = scanner.finish();
  await imagesStage(run, images);
  await run.stage(
    "deploy",
    () => writeDeployFiles(staging, model),
    (d) => `${d.files} recipes`,
  );
  const { used, record } = await verifyBesideSearch(opts, run, model, staging, {
    search,
    scanned,
    plan,
  });
  if (run.failed) {
    await discardStaging(staging);
    return false;
  }
  return swapAndRecord(opts, run, model, staging, plan, record, used);
}

/**
 * Stage 9 around the search stage: the pages are verified while Pagefind indexes (every file but
 * the search index's), then its folder, every link into it and what needs the whole tree.
 * Returns the cache entries the build used and its record (`prepareRecord`, made in the search wait).
 */
async function verifyBesideSearch(
  opts: BuildOptions,
  run: BuildRun,
  model: SiteModel,
  staging: string,
  jobs: { search: SearchJob; scanned: Promise<Map<string, ScannedFile>>; plan: RenderPlan },
): Promise<{ used: CacheUse; record: Recorded }> {
  const pages = await run.stage(
    "verify",
    async () => ({
      partial: await verifyBefore(
        staging,
        model.collected.site,
        {
          scanned: await jobs.scanned,
          baseUrl: model.baseUrl,
          shownArticles: model.collected.shown.length,
          displayPath: model.displayPath,
          known: jobs.plan.carried,
          budget: opts.outputBudget ?? budgetFromEnv(),
        },
        SEARCH_FOLDER,
      ),
    }),
    ({ partial }) => `${partial.facts.size} files checked before the search index`,
  );
  // The pages and their facts are final now: their manifest and page-store part are made while
  // Pagefind indexes, and written only once the output is published.
  const record = await run.stage(
    "record",
    () =>
      pages.partial.errors.length > 0
        ? undefined
        : recordStaged(opts, staging, jobs.plan, pages.partial.facts),
    (r) => (r && "kept" in r ? `${r.kept.keep.size} pages kept in the page store` : "nothing kept"),
  );
  const searched = await run.stage(
    "search",
    async () => {
      const done = await jobs.search.wait((d, t) => run.progressOf.count?.("search", d, t));
      if (!done.ok) throw done.err;
      return done.value;
    },
    describeSearch,
  );
  run.report.files.search = searched.files;
  // Only a cache this build wrote to can have outgrown its cap.
  const used: CacheUse = {
    bodies:
      run.report.bodies.rendered > 0
        ? { keys: model.bodyKeys, added: model.bodyBytesAdded }
        : undefined,
    search:
      searched.indexed > 0 ? { keys: searched.keys, added: searched.cacheBytesAdded } : undefined,
  };
  await run.stage(
    "verify",
    () => finishVerify(pages.partial),
    (v) => `${v.errors.length} problems`,
  );
  return { used, record };
}
