// The build, stage by stage: load → parse → index → bodies → collect → render → verify → publish.
// Each stage is one named, timed call; every problem of every stage is listed in one run, and the
// output folder changes only when all of them succeeded.
import path from "node:path";
import { collectSite, type CollectResult } from "./collect/site-data.ts";
import { pageCounts, pagesBuilt } from "./collect/page-kinds.ts";
import { displayPath } from "./content/display-path.ts";
import { formatContentError } from "./content/errors.ts";
import type { SiteData } from "./collect/site.ts";
import { indexArticles } from "./content/index-articles.ts";
import { loadContent } from "./content/load.ts";
import { parseContent } from "./content/parse.ts";
import { slugify, tagKey } from "./content/slugs.ts";
import { suggest } from "./content/suggest.ts";
import { recordRender, planRender } from "./incremental/plan.ts";
import { compileBodies } from "./markdown/bodies.ts";
import { RenderPool, type PoolOptions } from "./markdown/pool.ts";
import { terminalProgress, type Progress } from "./progress.ts";
import { faultError } from "./publish/fs-fault.ts";
import { pendingNextPublish } from "./publish/next-publish.ts";
import { budgetFromEnv, type OutputBudget } from "./publish/output-budget.ts";
import { isCi, pendingLock, syncRedirectsLock } from "./publish/redirects-lock.ts";
import { stageWrites } from "./publish/staged-write.ts";
import { discardStaging, prepareOutput, swapIn } from "./publish/swap.ts";
import { verifyStaged } from "./publish/verify.ts";
import { renderSite } from "./render/render.ts";
import { BuildRun, type BuildReport } from "./report.ts";

export type { BuildReport } from "./report.ts";

/** Options of one build. */
export interface BuildOptions {
  /** The content tree. */
  contentDir: string;
  /** The output folder. */
  outDir: string;
  /** The build clock (`--now`); naive values are in the site zone. */
  now?: string;
  /** Include drafts and pending articles, noindex everything. */
  preview: boolean;
  /** Only validate (the `check` command): no render, no output. */
  checkOnly?: boolean;
  /** The cache folder (`--cache`; default `.cache/` in the working directory); `false`: no cache. */
  cacheDir?: string | false;
  /** Markdown worker pool settings (threads, per-body time budget…). */
  pool?: Partial<PoolOptions>;
  /** The most bytes the output may hold (default: `budgetFromEnv()`, 200 KB per article + 50 MB). */
  outputBudget?: OutputBudget;
}

/** The site model and what the render and publish stages need of the content. */
export interface SiteModel {
  collected: CollectResult;
  /** Media source files by content path, for the render stage to copy. */
  mediaFiles: ReadonlyMap<string, Uint8Array>;
  baseUrl: string;
  /** How errors name a content file. */
  displayPath: (source: string) => string;
}

/** The cache folder a build uses: `--cache`, or `.cache/` in the working directory; `false`: none. */
export function resolveCacheDir(cacheDir: string | false | undefined): string | false {
  return cacheDir === undefined ? path.resolve(".cache") : cacheDir;
}

/**
 * Builds `contentDir` into `outDir`; content errors come back as values, never thrown. A
 * file-system fault (disk full, read-only, permission…) is a located error too: exit 1, the
 * previous output in place, the staging folder and staged writes removed.
 */
export async function build(opts: BuildOptions, progress: Progress): Promise<BuildReport> {
  const run = new BuildRun(progress);
  const at = { doing: "read the content", file: opts.contentDir };
  try {
    const model = await modelSite(opts, run);
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
      return run.finish(await publishBuild(opts, run, model, output.staging));
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
 * that cannot be written is a warning. Returns whether the output was replaced.
 */
async function publishBuild(
  opts: BuildOptions,
  run: BuildRun,
  model: SiteModel,
  staging: string,
): Promise<boolean> {
  const cacheDir = resolveCacheDir(opts.cacheDir);
  const site = model.collected.site;
  const plan = await run.stage(
    "plan",
    () => planRender(site, opts.outDir, staging, cacheDir),
    (p) => `${p.files.rendered} to render, ${p.files.carried} carried over`,
  );
  run.report.files = plan.files;
  await run.stage(
    "render",
    () =>
      renderSite(site, plan.render, staging, model.mediaFiles, (done, total) =>
        run.progressOf.count?.("render", done, total),
      ),
    (r) => `${r.files} files written`,
  );
  const verified = await run.stage(
    "verify",
    () =>
      verifyStaged(staging, site, {
        baseUrl: model.baseUrl,
        shownArticles: model.collected.shown.length,
        displayPath: model.displayPath,
        known: plan.carried,
        budget: opts.outputBudget ?? budgetFromEnv(),
      }),
    (v) => `${v.errors.length} problems`,
  );
  if (run.failed) {
    await discardStaging(staging);
    return false;
  }
  const lock = pendingLock(model.collected, { ...lockOf(opts), write: !opts.preview });
  const writes = await stageWrites([
    ...(lock ? [lock] : []),
    pendingNextPublish(".broadsheet", model.collected.nextPublish),
  ]);
  try {
    await run.stage(
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
    recordRender(plan, opts.outDir, cacheDir, verified.facts);
  } catch (err) {
    notWritten(run, cacheDir || opts.outDir, err);
  }
  return true;
}

/** After the swap the output is published: a write that fails then is a warning, never exit 1. */
function notWritten(run: BuildRun, file: string, err: unknown): void {
  const fault = faultError(err, file, `write ${displayPath(file)} after publishing`);
  if (!fault) throw err;
  run.add([{ ...fault, code: "W_NOT_WRITTEN", hint: `${fault.hint}; then build again` }]);
}

/**
 * Stages 1–5, from the content tree to the site model. Every stage runs over what the one before it
 * could read, so the errors of all stages come in one run; the model is returned only without errors.
 */
export async function modelSite(opts: BuildOptions, run: BuildRun): Promise<SiteModel | undefined> {
  const root = path.resolve(opts.contentDir);
  const contentDisplay = displayPath(root);
  // Workers load remark while the main thread loads and parses (their start-up costs ~1 s).
  const pool = RenderPool.start(opts.pool);
  try {
    const loaded = await run.stage(
      "load",
      () => loadContent(root),
      (l) => `${l.files.length} files`,
    );
    const parsed = await run.stage(
      "parse",
      () => parseContent(loaded.files, { now: opts.now, contentDisplay }),
      (p) => `${p.articles.length} articles, ${p.pages.length} pages, ${p.media.size} media`,
    );
    const { config, now } = parsed;
    if (!config || !now) return undefined;
    const media = new Map([...parsed.media].map(([p, m]) => [p, m.asset]));
    const indexed = await run.stage(
      "index",
      () => indexArticles(parsed.articles, { config, now, preview: opts.preview, media }),
      (i) => `${i.articles.length} articles placed`,
    );
    const compiled = await run.stage(
      "bodies",
      () =>
        compileBodies(
          indexed.articles,
          parsed.pages,
          { baseUrl: config.baseUrl, articleHrefs: indexed.articleHrefs, media },
          {
            pool,
            cacheDir: resolveCacheDir(opts.cacheDir),
            config,
            onProgress: (done, total) => run.progressOf.count?.("bodies", done, total),
          },
        ),
      (c) => `${c.bodies.cached} cached, ${c.bodies.rendered} rendered`,
    );
    run.report.bodies = compiled.bodies;
    const collected = await run.stage(
      "collect",
      () =>
        collectSite({
          config,
          authors: parsed.authors,
          tagRegistry: parsed.tagRegistry,
          redirectsLock: parsed.redirectsLock,
          now,
          preview: opts.preview,
          contentDisplay,
          deps: { slugify, tagKey, suggest },
          articles: compiled.articles,
          pages: compiled.pages,
          // Redirects compare against every article: with some missing they would be wrong.
          complete: !run.failed,
        }),
      ({ counts: c }) => `${c.published} published, ${c.drafts} drafts, ${c.pending} pending`,
    );
    run.report.articles = collected.counts;
    run.report.pages = pageCounts(collected.site);
    run.report.pagesBuilt = pagesBuilt(collected.site);
    if (run.failed) return undefined;
    return {
      collected,
      mediaFiles: new Map([...parsed.media].map(([p, m]) => [p, m.file.bytes])),
      baseUrl: config.baseUrl,
      displayPath: (source) => path.posix.join(contentDisplay, source),
    };
  } finally {
    await pool.close();
  }
}

/** The site model of `content/` (or `$BROADSHEET_CONTENT`) for Eleventy run on its own; throws on bad content. */
export async function modelForEleventy(): Promise<SiteData> {
  const run = new BuildRun(terminalProgress({ quiet: true }));
  const opts = {
    contentDir: process.env.BROADSHEET_CONTENT ?? "content",
    outDir: "",
    preview: false,
  };
  const model = await modelSite(opts, run);
  const report = run.finish(model !== undefined);
  if (!model)
    throw new Error(`content errors:\n${report.errors.map(formatContentError).join("\n")}`);
  return model.collected.site;
}

function lockOf(opts: BuildOptions): { contentDir: string; ci: boolean } {
  return { contentDir: opts.contentDir, ci: isCi() };
}
