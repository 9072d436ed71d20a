// The render context as plain data, so it can cross into worker threads and be recorded for the cache.
import type { MediaAsset } from "../content/values.ts";
import type { RenderContext } from "./render.ts";

/** Everything `renderMarkdown` may look up, as structured-cloneable data (no callbacks). */
export interface RenderTables {
  /** Site baseUrl, may have a path. */
  baseUrl: string;
  /** Content path of an article file → its root-relative href (base path included). */
  articleHrefs: ReadonlyMap<string, string>;
  /** Content path of an image file → its published asset. */
  media: ReadonlyMap<string, MediaAsset>;
}

/** The lookups one render made: what the cache must re-check before serving its result. */
export interface RenderDeps {
  /** Article-link targets resolved (content paths), in first-use order, deduplicated. */
  links: string[];
  /** Image targets resolved (content paths), in first-use order, deduplicated. */
  images: string[];
}

/** A `RenderContext` over `tables` that records every lookup into `deps`. */
export function recordingContext(tables: RenderTables, deps: RenderDeps): RenderContext {
  const links = new Set<string>();
  const images = new Set<string>();
  return {
    baseUrl: tables.baseUrl,
    resolveArticleLink(target) {
      if (!links.has(target)) {
        links.add(target);
        deps.links.push(target);
      }
      return tables.articleHrefs.get(target);
    },
    articlesNamed(fileName) {
      const suffix = "/" + fileName;
      return [...tables.articleHrefs.keys()].filter((k) => k.endsWith(suffix)).sort();
    },
    resolveImage(target) {
      if (!images.has(target)) {
        images.add(target);
        deps.images.push(target);
      }
      return tables.media.get(target);
    },
  };
}
