// Stages 1–3 of the build (load, parse, collect): from a content folder to SiteData, or every error.
import path from "node:path";
import { collectSite, type CollectResult } from "./collect/site-data.ts";
import { articleStatus } from "./collect/status.ts";
import { parseAuthors } from "./content/authors.ts";
import { parseNow } from "./content/dates.ts";
import { contentError, isWarning } from "./content/errors.ts";
import { decodeText, loadContent, type SourceFile } from "./content/load.ts";
import { describeMedia } from "./content/media.ts";
import {
  parseArticle,
  parsePage,
  type ArticleMeta,
  type PageMeta,
} from "./content/front-matter.ts";
import { parseRedirectsLock } from "./content/redirects-lock.ts";
import { parseSiteConfig } from "./content/site-config.ts";
import { parseTagRegistry } from "./content/tag-registry.ts";
import { slugify, tagKey } from "./content/slugs.ts";
import { suggest } from "./content/suggest.ts";
import { createHash } from "node:crypto";
import { renderBodies } from "./markdown/bodies.ts";
import { rendererVersion } from "./markdown/cache.ts";
import { RenderPool, type PoolOptions } from "./markdown/pool.ts";
import type { RenderInput } from "./markdown/render.ts";
import { href, makeRoutes } from "./routes.ts";
import type { Article, PlainPage } from "./content/article.ts";
import type { ContentError } from "./content/errors.ts";
import type { SiteConfig } from "./content/site-config.ts";
import type { MediaAsset } from "./content/values.ts";
import type { Progress } from "./progress.ts";
import { timed } from "./progress.ts";

/** What to build. */
export interface PrepareOptions {
  /** The content tree. */
  contentDir: string;
  /** The build clock as given on the command line (`--now`); default: the real clock. */
  now?: string;
  /** Include drafts and pending articles. */
  preview: boolean;
  /** The body cache folder (`.cache/` by default); `false` renders every body. */
  cacheDir?: string | false;
  /** Render pool settings (threads, time budget per body…). */
  pool?: Partial<PoolOptions>;
}

/** Outcome of stages 1–3: the site (when there were no errors), all problems, counts and timings. */
export interface Prepared {
  config?: SiteConfig;
  collected?: CollectResult;
  /** Media source files by content path, for the render stage to copy. */
  mediaFiles: Map<string, SourceFile>;
  /** Content path of each media asset's source, keyed by its site path. */
  mediaSources: Map<string, string>;
  errors: ContentError[];
  warnings: ContentError[];
  seconds: Record<string, number>;
  /** Resident memory at the end of each stage, in MiB. */
  rssMb: Record<string, number>;
  contentRoot: string;
  /** Bodies served from the cache, and bodies rendered. */
  bodies: { cached: number; rendered: number };
}

/** The cache folder a build uses: `--cache`, or `.cache/` in the working directory; `false`: none. */
export function resolveCacheDir(cacheDir: string | false | undefined): string | false {
  return cacheDir === undefined ? path.resolve(".cache") : cacheDir;
}

/** Runs load → parse → collect; collects every content error instead of stopping at the first. */
export async function prepareSite(opts: PrepareOptions, progress: Progress): Promise<Prepared> {
  const contentRoot = path.resolve(opts.contentDir);
  const display = path.relative(process.cwd(), contentRoot).split(path.sep).join("/") || ".";
  const result: Prepared = {
    mediaFiles: new Map(),
    mediaSources: new Map(),
    errors: [],
    warnings: [],
    seconds: {},
    rssMb: {},
    contentRoot,
    bodies: { cached: 0, rendered: 0 },
  };
  // Workers load remark while the main thread loads and parses (their start-up costs ~1 s).
  const pool = RenderPool.start(opts.pool);
  try {
    return await prepareWith(pool, opts, progress, result, contentRoot, display);
  } finally {
    await pool.close();
  }
}

async function prepareWith(
  pool: RenderPool,
  opts: PrepareOptions,
  progress: Progress,
  result: Prepared,
  contentRoot: string,
  display: string,
): Promise<Prepared> {
  const add = (errs: readonly ContentError[]): void => {
    for (const e of errs) (isWarning(e) ? result.warnings : result.errors).push(e);
  };

  const loaded = await timed(() => loadContent(contentRoot));
  result.seconds.load = loaded.seconds;
  result.rssMb.load = loaded.rssMb;
  add(loaded.value.errors);
  const files = loaded.value.files;
  progress.stage("load", `${files.length} files`, loaded.seconds);

  const parsed = await timed(() => parseAll(files, display, opts, add, pool, progress));
  result.seconds.parse = parsed.seconds;
  result.rssMb.parse = parsed.rssMb;
  const p = parsed.value;
  if (!p) return result;
  result.config = p.config;
  result.mediaFiles = p.mediaFiles;
  result.mediaSources = p.mediaSources;
  result.bodies = p.bodies;
  progress.stage(
    "parse",
    `${p.articles.length} articles, ${p.pages.length} pages, ${p.mediaFiles.size} media; ${p.bodies.cached} bodies cached`,
    parsed.seconds,
  );
  if (result.errors.length) return result;

  const collected = await timed(() =>
    collectSite({
      config: p.config,
      authors: p.authors,
      now: p.now,
      preview: opts.preview,
      contentDisplay: display,
      deps: { slugify, tagKey, suggest },
      articles: p.articles,
      pages: p.pages,
      tagRegistry: p.tagRegistry,
      redirectsLock: p.redirectsLock,
    }),
  );
  result.seconds.collect = collected.seconds;
  result.rssMb.collect = collected.rssMb;
  add(collected.value.errors);
  result.collected = collected.value;
  const c = collected.value.counts;
  progress.stage(
    "collect",
    `${c.published} published, ${c.drafts} drafts, ${c.pending} pending`,
    collected.seconds,
  );
  return result;
}

async function parseAll(
  files: readonly SourceFile[],
  display: string,
  opts: PrepareOptions,
  add: (errs: readonly ContentError[]) => void,
  pool: RenderPool,
  progress: Progress,
) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const siteFile = byPath.get("site.yaml");
  if (!siteFile) {
    add([
      contentError(
        `${display}/site.yaml`,
        "E_SITE_MISSING",
        "site.yaml is missing",
        "every content tree needs a site.yaml (see README: Content)",
      ),
    ]);
    return undefined;
  }
  const text = (f: SourceFile): string | undefined => {
    const d = decodeText(f);
    if (d.ok) return d.text;
    add([d.error]);
    return undefined;
  };
  const site = parseSiteConfig(siteFile);
  if (!site.ok) {
    add(site.errors);
    return undefined;
  }
  const config = site.config;
  const authorsResult = parseAuthors(byPath.get("authors.yaml"), config);
  if (!authorsResult.ok) add(authorsResult.errors);
  const tagsResult = parseTagRegistry(byPath.get("tags.yaml"), config);
  if (!tagsResult.ok) add(tagsResult.errors);
  const lockResult = parseRedirectsLock(byPath.get("redirects.lock"));
  if (!lockResult.ok) add(lockResult.errors);
  const now = parseNow(opts.now, config.timeZone, config.languages[0]!);
  if (!now) {
    add([
      contentError(
        "--now",
        "E_NOW_INVALID",
        `--now "${opts.now}" is not a date`,
        "use ISO 8601, e.g. 2024-01-02T09:00:00+08:00",
      ),
    ]);
    return undefined;
  }

  const media = new Map<string, MediaAsset>();
  const mediaFiles = new Map<string, SourceFile>();
  const mediaSources = new Map<string, string>();
  for (const f of files) {
    if (!f.path.startsWith("media/")) continue;
    const m = describeMedia(f);
    if (!m.ok) {
      add([m.error]);
      continue;
    }
    media.set(f.path, m.asset);
    mediaFiles.set(f.path, f);
    mediaSources.set(m.asset.path, f.path);
  }

  const metas: ArticleMeta[] = [];
  const pageMetas: PageMeta[] = [];
  for (const f of files) {
    const isArticle = f.path.startsWith("articles/") && f.path.endsWith(".md");
    const isPage = f.path.startsWith("pages/") && f.path.endsWith(".md");
    if (!isArticle && !isPage) continue;
    const t = text(f);
    if (t === undefined) continue;
    if (isArticle) {
      const r = parseArticle(f, t, config);
      if (r.ok) metas.push(r.article);
      else add(r.errors);
    } else {
      const r = parsePage(f, t, config);
      if (r.ok) pageMetas.push(r.page);
      else add(r.errors);
    }
  }

  const routes = makeRoutes(config.languages[0]!);
  // Only articles that get a page are link targets: a link to a draft or an embargoed article would
  // publish its URL early, so it fails as E_LINK_BROKEN instead (F-ED-7).
  const linkable = metas.filter((m) => {
    const status = articleStatus(m, now);
    return status === "published" || (opts.preview && status !== "expired");
  });
  const articleHref = new Map(
    linkable.map((m) => [
      m.source,
      href(config.baseUrl, routes.article(m.lang, m.section, m.date.ymd, m.slug)),
    ]),
  );
  const tables = { baseUrl: config.baseUrl, articleHrefs: articleHref, media };
  const inputs: RenderInput[] = [...metas, ...pageMetas].map((m) => ({
    source: m.source,
    displayPath: m.displayPath,
    body: m.body,
    bodyLine: m.bodyLine,
  }));
  const mediaDigest = new Map(
    [...mediaFiles].map(([p, f]) => [p, createHash("sha256").update(f.bytes).digest("hex")]),
  );
  const cacheDir = resolveCacheDir(opts.cacheDir);
  const rendered = await renderBodies(inputs, tables, {
    pool,
    cache: cacheDir
      ? {
          dir: cacheDir,
          scope: {
            renderer: rendererVersion(),
            baseUrl: config.baseUrl,
            slugStyle: config.slugStyle,
            mediaDigest,
          },
        }
      : undefined,
    onProgress: (done, total) => progress.count?.("markdown", done, total),
  });
  const bodies = { cached: rendered.hits, rendered: inputs.length - rendered.hits };
  const renderedArticles = rendered.results.slice(0, metas.length);
  const renderedPages = rendered.results.slice(metas.length);

  const articles: Article[] = [];
  for (const [i, m] of metas.entries()) {
    const r = renderedArticles[i]!;
    if (!r.ok) {
      add(r.errors);
      continue;
    }
    let image: Article["image"];
    if (m.image) {
      const asset = media.get(m.image.src);
      if (!asset) {
        add([
          contentError(
            m.displayPath,
            "E_IMAGE_MISSING",
            `image.src "${m.image.src}" does not exist`,
            "paths are relative to the article file, e.g. ../media/photo.jpg",
            m.image.line,
            m.image.col,
          ),
        ]);
        continue;
      }
      image = {
        media: asset,
        alt: m.image.alt,
        caption: m.image.caption,
        credit: m.image.credit,
        decorative: m.image.decorative,
      };
    }
    const { body: _body, bodyLine: _line, displayPath: _display, image: _image, ...rest } = m;
    articles.push({ ...rest, image, bodyHtml: r.html, bodyText: r.text, media: r.media });
  }
  const pages: PlainPage[] = [];
  for (const [i, m] of pageMetas.entries()) {
    const r = renderedPages[i]!;
    if (!r.ok) {
      add(r.errors);
      continue;
    }
    const { body: _body, bodyLine: _line, displayPath: _display, ...rest } = m;
    pages.push({ ...rest, bodyHtml: r.html, media: r.media });
  }
  return {
    config,
    authors: authorsResult.ok ? authorsResult.authors : [],
    tagRegistry: tagsResult.ok ? tagsResult.entries : [],
    redirectsLock: lockResult.ok ? lockResult.lock : undefined,
    now,
    articles,
    pages,
    mediaFiles,
    mediaSources,
    bodies,
  };
}
