// The views of plain pages (`pages/*.md`) and of the localised 404 page.
import type { PageBase } from "./chrome.ts";

/** A plain page from `pages/*.md`. */
export interface PlainPageView extends PageBase {
  source: string;
  title: string;
  bodyHtml: string;
}

/** The localised 404 page. */
export interface NotFoundView extends PageBase {}

/** One Atom entry. */
