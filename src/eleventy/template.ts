// The typed shape of a Broadsheet page template: paginate one precomputed array, one page per item.
import { outputFile } from "../routes.ts";
import type { SiteData } from "../types.ts";

/** The data Eleventy hands a template's `render`: the global `site` and the current item. */
export interface TemplateData<T> {
  site: SiteData;
  item: T;
}

/** The `data` export of a template that renders one page per element of `site[key]`. */
export function pageData<K extends keyof SiteData>(key: K) {
  return {
    pagination: { data: `site.${key}`, size: 1, alias: "item", addAllPagesToCollections: false },
    permalink: (data: { item: { path: string } }) => `/${outputFile(data.item.path)}`,
    eleventyExcludeFromCollections: true,
    layout: false,
  };
}
