// Related lists reused across builds: an edition's lists depend only on its articles' ids, dates,
// sections and term counts (by their digest) and on its tag groups, so a build whose digest of
// those matches the last one's takes the lists from the memo (article indexes) instead of scoring
// every article again.
import { createHash } from "node:crypto";
import type { Article } from "../content/article.ts";
import { relatedArticles } from "./related.ts";

/** Related lists by the digest of their inputs, as article indexes (the build passes one backed by the cache). */
export interface RelatedMemo {
  get(key: string): number[][] | undefined;
  set(key: string, lists: number[][]): void;
}

/**
 * `relatedArticles` of one edition through `memo`: served when the digest of its inputs is there,
 * else scored and stored. Without a memo, or with an article whose term counts were not set before
 * collect (`textStats`), it scores.
 */
export function memoRelated(
  articles: readonly Article[],
  tagGroups: readonly (readonly Article[])[],
  memo: RelatedMemo | undefined,
): Map<Article, Article[]> {
  if (!memo || articles.some((a) => a.textStats === undefined))
    return relatedArticles(articles, tagGroups);
  const index = new Map(articles.map((a, i) => [a, i]));
  const key = relatedKey(articles, tagGroups, index);
  const lists = memo.get(key);
  if (lists?.length === articles.length && lists.every((l) => l.every((j) => j < articles.length)))
    return new Map(articles.map((a, i) => [a, lists[i]!.map((j) => articles[j]!)]));
  const made = relatedArticles(articles, tagGroups);
  memo.set(
    key,
    articles.map((a) => (made.get(a) ?? []).map((b) => index.get(b)!)),
  );
  return made;
}

/** The digest of what `relatedArticles` reads: each article's id, date, section and terms digest in order, and the groups. */
function relatedKey(
  articles: readonly Article[],
  tagGroups: readonly (readonly Article[])[],
  index: ReadonlyMap<Article, number>,
): string {
  const h = createHash("sha256");
  for (const a of articles)
    h.update(`${a.id}\0${a.date.ms}\0${a.section}\0${a.textStats!.termsDigest}\n`);
  for (const g of tagGroups) h.update(`${g.map((a) => index.get(a) ?? -1).join(",")}\n`);
  return h.digest("hex");
}
