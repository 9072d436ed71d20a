// The all-tags page of each edition.
import { renderPage } from "../../layouts/render.tsx";
import { TagIndexLayout } from "../../layouts/TagIndex.tsx";
import { pageData, type TemplateData } from "../eleventy/template.ts";
import type { TagIndexView } from "../types.ts";

export const data = pageData("tagIndexPages");

/** Renders one all-tags page. */
export function render({ item }: TemplateData<TagIndexView>): string {
  return renderPage(<TagIndexLayout view={item} />);
}
