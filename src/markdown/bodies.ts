// Renders many bodies: served from the cache when it holds a valid entry, else by the worker pool.
import { cacheKey, readCached, writeCached, type CacheScope } from "./cache.ts";
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
