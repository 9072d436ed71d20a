// The Atom feed of each edition.
import { pageData, type TemplateData } from "../eleventy/template.ts";
import { renderAtom } from "../output/feeds.ts";
import type { FeedView } from "../types.ts";

export const data = pageData("atomFeeds");

/** Renders one Atom feed. */
export function render({ item }: TemplateData<FeedView>): string {
  return renderAtom(item);
}
