// The localised 404 page of each edition.
import { NotFoundLayout } from "../../layouts/NotFound.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { NotFoundView } from "../collect/plain-pages.ts";

export const data = pageData("notFoundPages");

/** Renders one 404 page. */
export function render({ item }: TemplateData<NotFoundView>): string {
  return renderPage(<NotFoundLayout view={item} />);
}
