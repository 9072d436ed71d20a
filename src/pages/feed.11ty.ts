// The Atom feed of each edition.
import { pageData, type TemplateData } from "../render/template.ts";
import { renderAtom } from "../render/formats/feeds.ts";
import type { FeedView } from "../collect/feed-model.ts";

export const data = pageData("atomFeeds");

/** Renders one Atom feed. */
export function render({ item }: TemplateData<FeedView>): string {
  return renderAtom(item);
}
