// Plain pages from content/pages/*.md.
import { PageLayout } from "../../layouts/Page.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { PlainPageView } from "../collect/plain-pages.ts";

export const data = pageData("plainPages");

/** Renders one plain page. */
export function render({ item }: TemplateData<PlainPageView>): string {
  return renderPage(<PageLayout view={item} />);
}
