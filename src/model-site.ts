// Stages 1–5 of the build: load → parse → probe → index → bodies → collect, from the content tree
// to the site model (also what Eleventy run on its own renders).
import path from "node:path";
import { collectSite, type CollectInput, type CollectResult } from "./collect/site-data.ts";
import { pageCounts, pagesBuilt } from "./collect/page-kinds.ts";
import type { SiteData } from "./collect/site.ts";
import { cspOrigins } from "./content/comments-config.ts";
import { displayPath } from "./content/display-path.ts";
import { formatContentError } from "./content/errors.ts";
import { indexArticles } from "./content/index-articles.ts";
import { loadContent, type LoadedContent, type MediaFile } from "./content/load.ts";
import { parseContent, type ParsedContent } from "./content/parse.ts";
import { slugify, tagKey } from "./content/slugs.ts";
import { suggest } from "./content/suggest.ts";
import { relatedCache } from "./incremental/related-cache.ts";
import { withTextStats } from "./incremental/text-cache.ts";
import { probeStage, withPortraits } from "./image-stages.ts";
import { compileBodies } from "./markdown/bodies.ts";
import { RenderPool, type PoolOptions } from "./markdown/pool.ts";
import { terminalProgress } from "./progress.ts";
import type { OutputBudget } from "./publish/output-budget.ts";
import { readSiteAssets, type SiteAssets } from "./render/site-assets.ts";
import { BuildRun } from "./report.ts";

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
  /** Media source files by content path (listed, not read), for the images stage. */
  mediaFiles: ReadonlyMap<string, MediaFile>;
  /** The site's own assets under their fingerprinted names, read once before collect. */
  assets: SiteAssets;
  baseUrl: string;
  /** How errors name a content file. */
  displayPath: (source: string) => string;
  /** The body-cache entries this build uses (kept when the cache is pruned). */
  bodyKeys: readonly string[];
  /** Bytes this build wrote to the body cache (its ledger counts them). */
  bodyBytesAdded: number;
  /** Third-party origins of the comments provider (site.yaml), for the CSP. */
  origins?: ReturnType<typeof cspOrigins>;
}

/** The cache folder a build uses: `--cache`, or `.cache/` in the working directory; `false`: none. */
export function resolveCacheDir(cacheDir: string | false | undefined): string | false {
  return cacheDir === undefined ? path.resolve(".cache") : cacheDir;
}

/**
 * Stages 1–5, from the content tree to the site model. Every stage runs over what the one before it
 * could read, so the errors of all stages come in one run; the model is returned only without errors.
 * `loaded.files`: the content tree already loaded (it is taken out of the box and dropped after parse).
 */
export async function modelSite(
  opts: BuildOptions,
  run: BuildRun,
  loaded: { files?: LoadedContent } = {},
): Promise<SiteModel | undefined> {
  const root = path.resolve(opts.contentDir);
  const contentDisplay = displayPath(root);
  const cacheDir = resolveCacheDir(opts.cacheDir);
  // Workers load remark while the main thread loads and parses (their start-up costs ~1 s).
  const pool = RenderPool.start(opts.pool);
  try {
    // Note: `let`, set to undefined once used: the Markdown sources (the parse and index stages'
    // articles) are not held through collect and render.
    let parsed: ParsedContent | undefined = await parseStage(run, loaded, opts, contentDisplay);
    const { config, now, authors, tagRegistry, redirectsLock } = parsed;
    if (!config || !now) return undefined;
    const { media, files } = await probeStage(run, parsed.media, cacheDir);
    let indexed: Awaited<ReturnType<typeof indexArticles>> | undefined = await run.stage(
      "index",
      () => indexArticles(parsed!.articles, { config, now, preview: opts.preview, media }),
      (i) => `${i.articles.length} articles placed`,
    );
    const compiled = await run.stage(
      "bodies",
      () =>
        compileBodies(
          indexed!.articles,
          parsed!.pages,
          { baseUrl: config.baseUrl, articleHrefs: indexed!.articleHrefs, media },
          {
            pool,
            cacheDir,
            config,
            preview: opts.preview,
            origins: parsed!.bodyOrigins,
            onProgress: (done, total) => run.progressOf.count?.("bodies", done, total),
          },
        ),
      (c) => `${c.bodies.cached} cached, ${c.bodies.rendered} rendered`,
    );
    run.report.bodies = compiled.bodies;
    parsed = indexed = undefined;
    const assets = await readSiteAssets();
    const collected = await collectStage(run, cacheDir, () => ({
      config,
      authors: withPortraits(run, authors, media, `${contentDisplay}/authors.yaml`),
      tagRegistry,
      redirectsLock,
      now,
      preview: opts.preview,
      contentDisplay,
      deps: { slugify, tagKey, suggest },
      assets: assets.files,
      articles: compiled.articles,
      pages: compiled.pages,
      // Redirects compare against every article: with some missing they would be wrong.
      complete: !run.failed,
    }));
    run.report.articles = collected.counts;
    run.report.pages = pageCounts(collected.site);
    run.report.pagesBuilt = pagesBuilt(collected.site);
    if (run.failed) return undefined;
    return {
      collected,
      mediaFiles: files,
      assets,
      baseUrl: config.baseUrl,
      bodyKeys: compiled.cacheKeys,
      bodyBytesAdded: compiled.cacheBytesAdded,
      displayPath: (source) => path.posix.join(contentDisplay, source),
      ...(config.comments && { origins: cspOrigins(config.comments) }),
    };
  } finally {
    await pool.close();
  }
}

/**
 * Stage 5: collect over `input()`, with each article's text stats and the related lists of earlier
 * builds from the cache (both count in the stage), saved again after.
 */
async function collectStage(
  run: BuildRun,
  cacheDir: string | false,
  input: () => CollectInput,
): Promise<CollectResult> {
  const relatedMemo = cacheDir ? relatedCache(cacheDir) : undefined;
  const collected = await run.stage(
    "collect",
    () => {
      const i = input();
      const text = withTextStats(i.articles, cacheDir, i.config);
      // collectSite calls afterRelated once the related lists are made: the packs are saved and
      // the term counts dropped then (1 GB at 100k articles), not after the views.
      const afterRelated = text && (() => text.save());
      return collectSite({ ...i, ...(relatedMemo && { relatedMemo }), afterRelated });
    },
    ({ counts: c }) => `${c.published} published, ${c.drafts} drafts, ${c.pending} pending`,
  );
  relatedMemo?.save();
  return collected;
}

/** Stage 1: the content tree listed and read. */
export function loadStage(run: BuildRun, contentDir: string): Promise<LoadedContent> {
  return run.stage(
    "load",
    () => loadContent(path.resolve(contentDir)),
    (l) => `${l.files.length} files`,
  );
}

/** The content `box` holds, taken out of it (so only the parse stage holds it), or loaded now. */
async function takeLoaded(
  box: { files?: LoadedContent },
  run: BuildRun,
  contentDir: string,
): Promise<LoadedContent> {
  const files = box.files;
  box.files = undefined;
  return files ?? loadStage(run, contentDir);
}

/** Stage 2: the files in `box` (or loaded now) parsed; their bytes (~80 MB at 10k) go with this call. */
async function parseStage(
  run: BuildRun,
  box: { files?: LoadedContent },
  opts: BuildOptions,
  contentDisplay: string,
): Promise<ParsedContent> {
  const loaded = await takeLoaded(box, run, opts.contentDir);
  const cacheDir = resolveCacheDir(opts.cacheDir);
  return run.stage(
    "parse",
    () => parseContent(loaded.files, { now: opts.now, contentDisplay, cacheDir }, loaded.media),
    (p) => `${p.articles.length} articles, ${p.pages.length} pages, ${p.media.size} media`,
  );
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
