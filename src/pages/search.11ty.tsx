// The search page of each edition (`/search/`, `/zh/search/`).
import { SearchLayout } from "../../layouts/Search.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { SearchView } from "../collect/search.ts";

export const data = pageData("searchPages");

/** Renders one search page. */
export function render({ item }: TemplateData<SearchView>): string {
  return renderPage(<SearchLayout view={item} />);
}
