// Runs the five stages in order, times each, and reports every problem; the output folder changes
// only when everything succeeded.
import path from "node:path";
import { sortContentErrors } from "./content/errors.ts";
import { fullRenderSet, renderSetSize, renderUnits } from "./render/render-set.ts";
import type { PoolOptions } from "./markdown/pool.ts";
import type { ContentError } from "./content/errors.ts";
import { prepareSite, resolveCacheDir } from "./prepare.ts";
import type { Progress } from "./progress.ts";
import { timed } from "./progress.ts";
import { writeNextPublish } from "./publish/next-publish.ts";
import {
  buildIdOf,
  linkCarried,
  planCarryOver,
  recordOf,
  unitHash,
} from "./incremental/carry-over.ts";
import { codeVersion } from "./incremental/code-version.ts";
import { loadManifest, saveManifest, type PageRecord } from "./incremental/manifest.ts";
import { discardStaging, prepareOutput, readBuildId, swapIn } from "./publish/swap.ts";
import { isCi, syncRedirectsLock } from "./publish/redirects-lock.ts";
import { renderSite } from "./render/render.ts";
import { verifyStaged } from "./publish/verify.ts";

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
  /** Resident memory at the end of each stage, and the process's peak (`peak`), in MiB. */
  rssMb: Record<string, number>;
  /** Article and page bodies served from the cache vs rendered by the Markdown pool. */
  bodies: { cached: number; rendered: number };
  /** Output files rendered by Eleventy vs carried over unchanged from the previous output. */
  files: { rendered: number; carried: number };
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
    rssMb: prepared.rssMb,
    bodies: prepared.bodies,
    files: { rendered: 0, carried: 0 },
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
    const out = path.resolve(opts.outDir);
    const cacheDir = resolveCacheDir(opts.cacheDir);
    // Every output file's inputs, hashed; files whose inputs match the manifest are carried over.
    const units = renderUnits(fullRenderSet(site));
    const code = codeVersion();
    const hashes = new Map(units.map((u) => [u.file, unitHash(code, u)]));
    const manifest = cacheDir ? loadManifest(cacheDir, out) : undefined;
    const previous = manifest && manifest.buildId === readBuildId(out) ? manifest : undefined;
    const carry = planCarryOver(units, hashes, previous, out);
    linkCarried(out, plan.staging, carry.carried.keys());
    report.files = { rendered: renderSetSize(carry.render), carried: carry.carried.size };

    const rendered = await timed(() =>
      renderSite(
        site,
        carry.render,
        plan.staging,
        prepared.mediaFiles,
        prepared.mediaSources,
        (done, total) => progress.count?.("render", done, total),
      ),
    );
    report.seconds.render = rendered.seconds;
    report.rssMb.render = rendered.rssMb;
    progress.stage(
      "render",
      `${rendered.value.files} files written, ${carry.carried.size} carried over`,
      rendered.seconds,
    );
    const verified = await timed(() =>
      verifyStaged(
        plan.staging,
        site,
        prepared.config!.baseUrl,
        collected.shown.length,
        carry.carried,
      ),
    );
    report.seconds.verify = verified.seconds;
    report.rssMb.verify = verified.rssMb;
    progress.stage("verify", `${verified.value.errors.length} problems`, verified.seconds);
    if (verified.value.errors.length) {
      report.errors = sortContentErrors(verified.value.errors);
      await discardStaging(plan.staging);
      return finish(report, t0);
    }
    const buildId = buildIdOf(hashes);
    const swapped = await timed(() => swapIn(plan.staging, opts.outDir, buildId));
    report.seconds.publish = swapped.seconds;
    progress.stage("publish", opts.outDir, swapped.seconds);
    if (cacheDir) {
      const files = new Map<string, PageRecord>();
      for (const u of units) {
        const facts = verified.value.facts.get(u.file) ?? {};
        files.set(u.file, recordOf(path.join(out, u.file), hashes.get(u.file)!, facts));
      }
      saveManifest(cacheDir, out, { buildId, files });
    }
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
  report.rssMb.peak = Math.round(process.resourceUsage().maxRSS / 1024);
  for (const k of Object.keys(report.seconds))
    report.seconds[k] = Math.round(report.seconds[k]! * 1000) / 1000;
  return report;
}
