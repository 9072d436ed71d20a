// Meta-refresh pages at old article URLs (only with a redirects.lock).
import { RedirectLayout } from "../../layouts/Redirect.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { pageData, type TemplateData } from "../render/template.ts";
import type { RedirectPageView } from "../collect/redirects.ts";

export const data = pageData("redirectPages");

/** Renders one redirect page. */
export function render({ item }: TemplateData<RedirectPageView>): string {
  return renderPage(<RedirectLayout view={item} />);
}
