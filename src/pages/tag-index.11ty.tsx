// The all-tags page of each edition.
import { renderPage } from "../../layouts/render.tsx";
import { TagIndexLayout } from "../../layouts/TagIndex.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { TagIndexView } from "../collect/lists.ts";

export const data = pageData("tagIndexPages");

/** Renders one all-tags page. */
export function render({ item }: TemplateData<TagIndexView>): string {
  return renderPage(<TagIndexLayout view={item} />);
}
