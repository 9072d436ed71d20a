// Decides whether an article is published, a draft or pending at the build clock.
import type { Article } from "../content/article.ts";
import type { Stamp } from "../content/values.ts";

/** Where an article stands at the build clock. */
export type ArticleStatus = "published" | "draft" | "pending" | "expired";

/** The status of `a` at `now`: drafts first, then embargo (`date`/`publishAt` in the future), then expiry. */
export function articleStatus(
  a: Pick<Article, "draft" | "date" | "publishAt" | "expires">,
  now: Stamp,
): ArticleStatus {
  if (a.draft) return "draft";
  if (a.date.ms > now.ms || (a.publishAt && a.publishAt.ms > now.ms)) return "pending";
  if (a.expires && a.expires.ms <= now.ms) return "expired";
  return "published";
}

/** Newest first; equal dates ordered by slug, then source (DESIGN §3.3). */
export function byNewest(a: Article, b: Article): number {
  return b.date.ms - a.date.ms || cmp(a.slug, b.slug) || cmp(a.source, b.source);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The earliest instant after `now` at which an article's status changes (an embargo lifts or an
 * article expires), for a scheduler to rebuild then (F-ED-6). Drafts never change by the clock.
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
