// Article pages: one per shown article.
import { ArticleLayout } from "../../layouts/Article.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { ArticleView } from "../collect/articles.ts";

export const data = pageData("articlePages");

/** Renders one article page. */
export function render({ item }: TemplateData<ArticleView>): string {
  return renderPage(<ArticleLayout view={item} />);
}
