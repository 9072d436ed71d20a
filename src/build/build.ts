// Runs the five stages in order, times each, and reports every problem; the output folder changes
// only when everything succeeded.
import { sortContentErrors } from "../content/errors.ts";
import type { PoolOptions } from "../markdown/pool.ts";
import type { ContentError } from "../types.ts";
import { prepareSite } from "./prepare.ts";
import type { Progress } from "./progress.ts";
import { timed } from "./progress.ts";
import { writeNextPublish } from "./next-publish.ts";
import { discardStaging, prepareOutput, swapIn } from "./publish.ts";
import { isCi, syncRedirectsLock } from "./redirects.ts";
import { renderSite } from "./render.ts";
import { verifyStaged } from "./verify.ts";

/** Options of one build (DESIGN §3.1). */
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
}

/** The build's outcome, as `--json` prints it. */
export interface BuildReport {
  ok: boolean;
  articles: { published: number; drafts: number; pending: number; expired: number };
  pages: Record<string, number>;
  errors: ContentError[];
  warnings: ContentError[];
  seconds: Record<string, number>;
  /** Article and page bodies served from the cache vs rendered by the Markdown pool. */
  bodies: { cached: number; rendered: number };
}

/** Builds `contentDir` into `outDir`; content errors come back as values, never thrown. */
export async function build(opts: BuildOptions, progress: Progress): Promise<BuildReport> {
  const t0 = performance.now();
  const prepared = await prepareSite(opts, progress);
  const report: BuildReport = {
    ok: false,
    articles: { published: 0, drafts: 0, pending: 0, expired: 0 },
    pages: {},
    errors: sortContentErrors(prepared.errors),
    warnings: sortContentErrors(prepared.warnings),
    seconds: prepared.seconds,
    bodies: prepared.bodies,
  };
  const collected = prepared.collected;
  if (collected) report.articles = collected.counts;
  if (report.errors.length || !collected || !prepared.config) return finish(report, t0);
  // A CI build never writes redirects.lock: a change it would need fails with E_LOCK_STALE.
  const stale = await syncRedirectsLock(collected, {
    contentDir: opts.contentDir,
    ci: isCi(),
    write: false,
  });
  if (stale.length) {
    report.errors = stale;
    return finish(report, t0);
  }
  const site = collected.site;
  report.pages = {
    article: site.articlePages.length,
    ...Object.fromEntries(
      ["home", "section", "tag", "author", "archive"].map((k) => [
        k,
        site.listPages.filter((p) => p.kind === k).length,
      ]),
    ),
    tagIndex: site.tagIndexPages.length,
    page: site.plainPages.length,
    notFound: site.notFoundPages.length,
    feed: site.feeds.length,
    sitemap: site.sitemaps.length + 1,
    media: site.media.length,
  };
  if (opts.checkOnly) {
    report.ok = true;
    return finish(report, t0);
  }

  const plan = await prepareOutput(opts.outDir);
  if (!plan.ok) {
    report.errors = [plan.error];
    return finish(report, t0);
  }
  try {
    const rendered = await timed(() =>
      renderSite(site, plan.staging, prepared.mediaFiles, prepared.mediaSources),
    );
    report.seconds.render = rendered.seconds;
    progress.stage("render", `${rendered.value.files} files`, rendered.seconds);
    const verified = await timed(() =>
      verifyStaged(plan.staging, site, prepared.config!.baseUrl, collected.shown.length),
    );
    report.seconds.verify = verified.seconds;
    progress.stage("verify", `${verified.value.length} problems`, verified.seconds);
    if (verified.value.length) {
      report.errors = sortContentErrors(verified.value);
      await discardStaging(plan.staging);
      return finish(report, t0);
    }
    const swapped = await timed(() => swapIn(plan.staging, opts.outDir));
    report.seconds.publish = swapped.seconds;
    progress.stage("publish", opts.outDir, swapped.seconds);
    await syncRedirectsLock(collected, {
      contentDir: opts.contentDir,
      ci: isCi(),
      write: !opts.preview,
    });
    await writeNextPublish(".broadsheet", collected.nextPublish);
    report.ok = true;
  } catch (err) {
    await discardStaging(plan.staging);
    throw err;
  }
  return finish(report, t0);
}

function finish(report: BuildReport, t0: number): BuildReport {
  report.seconds.total = (performance.now() - t0) / 1000;
  for (const k of Object.keys(report.seconds))
    report.seconds[k] = Math.round(report.seconds[k]! * 1000) / 1000;
  return report;
}
