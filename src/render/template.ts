// The typed shape of a Broadsheet page template: paginate one list of the render set, one page per item.
import { outputFile } from "../routes.ts";
import type { RenderList } from "./render-set.ts";

/** The data Eleventy hands a template's `render`: the current item. */
export interface TemplateData<T> {
  item: T;
}

/** The `data` export of a template that renders one page per element of `pages[key]`. */
export function pageData(key: RenderList, pathKey: "path" | "jsonPath" = "path") {
  return {
    pagination: { data: `pages.${key}`, size: 1, alias: "item", addAllPagesToCollections: false },
    permalink: (data: { item: Record<typeof pathKey, string> }) =>
      `/${outputFile(data.item[pathKey])}`,
    eleventyExcludeFromCollections: true,
    layout: false,
  };
}
