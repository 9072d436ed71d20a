// An article's side rail: related articles as cards (never its prev/next), and stories of its section
// dated before it (never "the latest": nothing here changes when a newer story is published).
import type { Article } from "../content/article.ts";
import type { ArticleCard } from "./cards.ts";
import { toCard } from "./cards.ts";
import type { SiteContext } from "./context.ts";

/** Stories listed under "Earlier in this section". */
export const EARLIER_COUNT = 4;

/** The rail of one article. */
export interface ArticleRail {
  related: ArticleCard[];
  earlier: ArticleCard[];
}

/**
 * `section` is the article's section, newest first, with the article at `index`; `related` its
 * related articles. Prev and next are left out of both lists, and no story is in both.
 */
export function articleRail(
  ctx: SiteContext,
  section: readonly Article[],
  index: number,
  related: readonly Article[],
): ArticleRail {
  const skip = new Set<Article | undefined>([section[index - 1], section[index + 1]]);
  const rel = related.filter((r) => !skip.has(r));
  for (const r of rel) skip.add(r);
  // Note: a walk that stops at EARLIER_COUNT; slicing the rest of the section for every article
  // was quadratic (40k articles: most of collect).
  const earlier: Article[] = [];
  for (let j = index + 1; index >= 0 && j < section.length; j++) {
    if (earlier.length === EARLIER_COUNT) break;
    if (!skip.has(section[j])) earlier.push(section[j]!);
  }
  return { related: rel.map((r) => toCard(ctx, r)), earlier: earlier.map((a) => toCard(ctx, a)) };
}
