// Renders many bodies: served from the cache when it holds a valid entry, else by the worker pool.
import type { Article, PlainPage } from "../content/article.ts";
import type { PageMeta } from "../content/front-matter.ts";
import type { IndexedArticle } from "../content/index-articles.ts";
import type { ContentError } from "../content/errors.ts";
import { cacheKey, readCached, rendererVersion, writeCached, type CacheScope } from "./cache.ts";
import type { RenderPool } from "./pool.ts";
import type { RenderInput, RenderResult } from "./render.ts";
import type { RenderTables } from "./tables.ts";

/** Where rendered bodies come from and go to. */
export interface BodiesOptions {
  pool: RenderPool;
  /** The cache folder and key scope; without it every body is rendered. */
  cache?: { dir: string; scope: CacheScope };
  /** Called as bodies finish. */
  onProgress?: (done: number, total: number) => void;
}

/** Results in input order, and how many came from the cache. */
export interface BodiesResult {
  results: RenderResult[];
  hits: number;
}

/** Renders every input; successful renders are stored in the cache for the next build. */
export async function renderBodies(
  inputs: readonly RenderInput[],
  tables: RenderTables,
  opts: BodiesOptions,
): Promise<BodiesResult> {
  const results: (RenderResult | undefined)[] = new Array(inputs.length);
  const cache = opts.cache;
  const keys = cache ? inputs.map((i) => cacheKey(i, cache.scope)) : [];
  const misses: number[] = [];
  inputs.forEach((_, i) => {
    const body = cache ? readCached(cache.dir, keys[i]!, tables, cache.scope) : undefined;
    if (body) results[i] = { ok: true, ...body };
    else misses.push(i);
  });
  const hits = inputs.length - misses.length;
  const outcomes = await opts.pool.render(
    misses.map((i) => inputs[i]!),
    tables,
    (done) => opts.onProgress?.(hits + done, inputs.length),
  );
  outcomes.forEach((o, k) => {
    const i = misses[k]!;
    results[i] = o.result;
    if (cache && o.result.ok)
      writeCached(cache.dir, keys[i]!, o.result, o.deps, tables, cache.scope);
  });
  return { results: results as RenderResult[], hits };
}

/** What the bodies stage needs besides the articles and pages. */
export interface CompileOptions extends Omit<BodiesOptions, "cache"> {
  /** The cache folder; `false`: render every body. */
  cacheDir: string | false;
  /** The config fields bodies depend on (part of the cache key). */
  config: { baseUrl: string; slugStyle: string };
}

/** The articles and pages with their bodies compiled, counts, and the errors of the failed ones. */
export interface CompiledContent {
  articles: Article[];
  pages: PlainPage[];
  bodies: { cached: number; rendered: number };
  errors: ContentError[];
}

/** The bodies stage: compiles every article and page body (cache first, then the worker pool). */
export async function compileBodies(
  articles: readonly IndexedArticle[],
  pages: readonly PageMeta[],
  tables: RenderTables,
  opts: CompileOptions,
): Promise<CompiledContent> {
  const inputs = [...articles, ...pages].map(({ source, displayPath, body, bodyLine }) => ({
    source,
    displayPath,
    body,
    bodyLine,
  }));
  const mediaDigest = new Map([...tables.media].map(([p, m]) => [p, m.sha256]));
  const { results, hits } = await renderBodies(inputs, tables, {
    ...opts,
    cache: opts.cacheDir
      ? {
          dir: opts.cacheDir,
          scope: { renderer: rendererVersion(), ...opts.config, mediaDigest },
        }
      : undefined,
  });
  const out: CompiledContent = {
    articles: [],
    pages: [],
    bodies: { cached: hits, rendered: inputs.length - hits },
    errors: [],
  };
  articles.forEach((a, i) => {
    const r = results[i]!;
    if (!r.ok) return void out.errors.push(...r.errors);
    const { body: _b, bodyLine: _l, ...rest } = a;
    out.articles.push({ ...rest, bodyHtml: r.html, bodyText: r.text, media: r.media });
  });
  pages.forEach((p, i) => {
    const r = results[articles.length + i]!;
    if (!r.ok) return void out.errors.push(...r.errors);
    const { source, lang, slug, title, summary } = p;
    const page: PlainPage = { source, lang, slug, title, bodyHtml: r.html, media: r.media };
    out.pages.push(summary === undefined ? page : { ...page, summary });
  });
  return out;
}
