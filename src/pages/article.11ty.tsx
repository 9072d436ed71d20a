// Article pages: one per shown article.
import { ArticleLayout } from "../../layouts/Article.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { ArticlePage } from "../collect/article-page.ts";

export const data = pageData("articlePages");

/** Renders one article page (its view is built here, and dropped once the page is written). */
export function render({ item }: TemplateData<ArticlePage>): string {
  return renderPage(<ArticleLayout view={item.view()} />);
}
