// Orders articles newest first and finds when the next one changes status by the clock.
import type { Article } from "../content/article.ts";
import type { Stamp } from "../content/values.ts";

/** Newest first; equal dates ordered by slug, then source. */
export function byNewest(a: Article, b: Article): number {
  return b.date.ms - a.date.ms || cmp(a.slug, b.slug) || cmp(a.source, b.source);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The earliest instant after `now` at which an article's status changes (an embargo lifts or an
 * article expires), for a scheduler to rebuild then. Drafts never change by the clock.
 */
export function nextStatusChange(articles: readonly Article[], now: Stamp): Stamp | undefined {
  let best: Stamp | undefined;
  const consider = (s: Stamp | undefined): void => {
    if (s && s.ms > now.ms && (!best || s.ms < best.ms)) best = s;
  };
  for (const a of articles) {
    if (a.draft) continue;
    const release = a.publishAt && a.publishAt.ms > a.date.ms ? a.publishAt : a.date;
    consider(release);
    consider(a.expires);
  }
  return best;
}
