// Decides whether an article is published, a draft, pending or expired at the build clock.
import type { ArticleFields, ArticleStatus } from "./article.ts";
import type { Stamp } from "./values.ts";

/** The status of `a` at `now`: drafts first, then embargo (`date`/`publishAt` in the future), then expiry. */
export function articleStatus(
  a: Pick<ArticleFields, "draft" | "date" | "publishAt" | "expires">,
  now: Stamp,
): ArticleStatus {
  if (a.draft) return "draft";
  if (a.date.ms > now.ms || (a.publishAt && a.publishAt.ms > now.ms)) return "pending";
  if (a.expires && a.expires.ms <= now.ms) return "expired";
  return "published";
}

/** Whether an article gets a page: published, or a draft or pending one in a preview build. */
export function isShown(status: ArticleStatus, preview: boolean): boolean {
  return status === "published" || (preview && status !== "expired");
}
