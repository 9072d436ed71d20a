// Renders many bodies: served from the cache when it holds a valid entry, else by the worker pool.
import fs from "node:fs";
import type { Article, PlainPage } from "../content/article.ts";
import type { PageMeta } from "../content/front-matter.ts";
import type { IndexedArticle } from "../content/index-articles.ts";
import type { ContentError } from "../content/errors.ts";
import { heldBody, readBody, type Body } from "../content/body.ts";
import type { MediaAsset } from "../content/values.ts";
import {
  cacheKey,
  originKey,
  bodyEntryPath,
  readBodyText,
  readCached,
  rendererVersion,
  writeCached,
  type CacheScope,
} from "./cache.ts";
import { BodyIndex } from "./body-index.ts";
import type { RenderPool } from "./pool.ts";
import type { RenderInput } from "./render.ts";
import type { RenderTables } from "./tables.ts";

/** Where rendered bodies come from and go to. */
export interface BodiesOptions {
  pool: RenderPool;
  /** The cache folder and key scope; without it every body is rendered. */
  cache?: { dir: string; scope: CacheScope };
  /** Called as bodies finish. */
  onProgress?: (done: number, total: number) => void;
}

/** A body that rendered, by reference (`content/body.ts`), with the media it uses. */
export type BodyOutcome =
  { ok: true; body: Body; media: MediaAsset[] } | { ok: false; errors: ContentError[] };

/** Results in input order, and how many came from the cache. */
export interface BodiesResult {
  results: BodyOutcome[];
  hits: number;
  /** The cache key of every input (none without a cache): the entries this build uses. */
  keys: string[];
  /** Bytes this build wrote to the body cache. */
  added: number;
}

/**
 * Renders every input; successful renders are stored in the cache for the next build. A body the
 * cache holds is kept by reference only (read back when a page needs it); without a cache, or when
 * an entry could not be written, its HTML and text stay in memory.
 */
export async function renderBodies(
  inputs: readonly RenderInput[],
  tables: RenderTables,
  opts: BodiesOptions,
): Promise<BodiesResult> {
  const results: (BodyOutcome | undefined)[] = new Array(inputs.length);
  const cache = opts.cache;
  const index = cache && BodyIndex.open(cache.dir);
  // An unchanged file's body keeps the key the last build recorded for its origin (no hashing).
  const origins = cache ? inputs.map((i) => originKey(i, cache.scope)) : [];
  const keys = cache
    ? inputs.map((i, k) => index!.keyOf(origins[k]) ?? cacheKey(i, cache.scope))
    : [];
  const misses: number[] = [];
  inputs.forEach((_, i) => {
    const key = keys[i]!;
    const hit =
      cache && index
        ? (index.lookup(key, tables, cache.scope) ??
          readCached(cache.dir, key, tables, cache.scope)?.row)
        : undefined;
    if (!hit) return void misses.push(i);
    index!.keep(key, hit, origins[i]);
    const body = cachedBody(cache!.dir, key, hit.digest, inputs[i]!.displayPath);
    results[i] = { ok: true, body, media: hit.media };
  });
  const hits = inputs.length - misses.length;
  let added = 0;
  // Each render is stored as it arrives and kept by reference: only a body that could not be
  // stored keeps its HTML and text in memory.
  await opts.pool.render(
    misses.map((i) => inputs[i]!),
    tables,
    (done) => opts.onProgress?.(hits + done, inputs.length),
    (k, o) => {
      const i = misses[k]!;
      const r = o.result;
      if (!r.ok) return void (results[i] = r);
      const row = cache && writeCached(cache.dir, keys[i]!, r, o.deps, tables, cache.scope);
      if (row) {
        index!.keep(keys[i]!, row, origins[i]);
        added += row.size;
      }
      const body = row
        ? cachedBody(cache.dir, keys[i]!, row.digest, inputs[i]!.displayPath)
        : heldBody(r.html, r.text);
      results[i] = { ok: true, body, media: r.media };
    },
  );
  index?.save();
  return { results: results as BodyOutcome[], hits, keys, added };
}

/**
 * A body read back from the cache entry `key` each time its HTML or text is asked for (only the
 * name errors give its file is kept, never its source). Only another build writing the same cache
 * folder can make that fail: then the build stops with `E_CACHE_CHANGED`, never a wrong page.
 */
function cachedBody(dir: string, key: string, digest: string, displayPath: string): Body {
  return readBody(digest, () => {
    const got = readBodyText(dir, key, digest);
    if (!got) {
      // Note: removed, so the next build renders this body again instead of trusting its index row.
      fs.rmSync(bodyEntryPath(dir, key), { force: true });
      throw Object.assign(
        new Error(`the cached body of ${displayPath} was removed or changed during the build`),
        { code: "ECACHECHANGED", path: bodyEntryPath(dir, key) },
      );
    }
    return got;
  });
}

/** What the bodies stage needs besides the articles and pages. */
export interface CompileOptions extends Omit<BodiesOptions, "cache"> {
  /** The cache folder; `false`: render every body. */
  cacheDir: string | false;
  /** The config fields bodies depend on (part of the cache key). */
  config: { baseUrl: string; slugStyle: string };
  /**
   * A preview build (drafts' links resolve): part of the key, so `serve` and `build` sharing one
   * cache never overwrite each other's entries while the other reads them.
   */
  preview: boolean;
  /** What decides each body, by content path (`ParsedContent.bodyOrigins`): see `originKey`. */
  origins?: ReadonlyMap<string, string>;
}

/** The articles and pages with their bodies compiled, counts, and the errors of the failed ones. */
export interface CompiledContent {
  articles: Article[];
  pages: PlainPage[];
  bodies: { cached: number; rendered: number };
  /** The body-cache entries this build uses (kept when the cache is pruned). */
  cacheKeys: string[];
  /** Bytes this build wrote to the body cache. */
  cacheBytesAdded: number;
  errors: ContentError[];
}

/** The bodies stage: compiles every article and page body (cache first, then the worker pool). */
export async function compileBodies(
  articles: readonly IndexedArticle[],
  pages: readonly PageMeta[],
  tables: RenderTables,
  opts: CompileOptions,
): Promise<CompiledContent> {
  const inputs = [...articles, ...pages].map(({ source, displayPath, body, bodyLine }) => {
    const origin = opts.origins?.get(source);
    return { source, displayPath, body, bodyLine, ...(origin !== undefined && { origin }) };
  });
  const mediaDigest = new Map([...tables.media].map(([p, m]) => [p, m.sha256]));
  const { results, hits, keys, added } = await renderBodies(inputs, tables, {
    ...opts,
    cache: opts.cacheDir
      ? {
          dir: opts.cacheDir,
          scope: {
            renderer: rendererVersion(),
            baseUrl: opts.config.baseUrl,
            slugStyle: opts.config.slugStyle,
            preview: opts.preview,
            mediaDigest,
          },
        }
      : undefined,
  });
  const out: CompiledContent = {
    articles: [],
    pages: [],
    bodies: { cached: hits, rendered: inputs.length - hits },
    cacheKeys: keys,
    cacheBytesAdded: added,
    errors: [],
  };
  articles.forEach((a, i) => {
    const r = results[i]!;
    if (!r.ok) return void out.errors.push(...r.errors);
    const { body: _b, bodyLine: _l, ...rest } = a;
    out.articles.push({ ...rest, body: r.body, media: r.media });
  });
  pages.forEach((p, i) => {
    const r = results[articles.length + i]!;
    if (!r.ok) return void out.errors.push(...r.errors);
    const { source, lang, slug, title, summary } = p;
    const page: PlainPage = { source, lang, slug, title, body: r.body, media: r.media };
    out.pages.push(summary === undefined ? page : { ...page, summary });
  });
  return out;
}
