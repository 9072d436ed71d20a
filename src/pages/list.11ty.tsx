// Home, section, tag and author pages, every page of each.
import { ListLayout } from "../../layouts/List.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { ListView } from "../collect/lists.ts";

export const data = pageData("listPages");

/** Renders one list page. */
export function render({ item }: TemplateData<ListView>): string {
  return renderPage(<ListLayout view={item} />);
}
