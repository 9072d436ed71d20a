// Home, section, tag and author pages, every page of each.
import { ListLayout } from "../../layouts/List.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../eleventy/template.ts";
import type { ListView } from "../types.ts";

export const data = pageData("listPages");

/** Renders one list page. */
export function render({ item }: TemplateData<ListView>): string {
  return renderPage(<ListLayout view={item} />);
}
