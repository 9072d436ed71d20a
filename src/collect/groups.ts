// The articles a build shows, counted by status and grouped once: by section, edition and month.
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { byNewest } from "./status.ts";

/** The shown articles (newest first), their groups, and the counts of every status. */
export interface ArticleGroups {
  shown: Article[];
  counts: { published: number; drafts: number; pending: number; expired: number };
  /** Per edition and section (key: `sectionKey`), newest first. */
  bySection: Map<string, Article[]>;
  /** Per edition, newest first. */
  byLang: Map<Lang, Article[]>;
  /** Per edition and `yyyy-mm`, newest first. */
  byMonth: Map<Lang, Map<string, Article[]>>;
  /** Each article's index in its `bySection` list (prev/next without a search). */
  sectionIndex: Map<Article, number>;
}

/** The key of `bySection` for an edition's section. */
export function sectionKey(lang: Lang, section: string): string {
  return `${lang}\u0000${section}`;
}

/** Counts and groups in linear passes; a preview shows drafts and pending articles too. */
export function groupArticles(
  articles: readonly Article[],
  languages: readonly Lang[],
  preview: boolean,
): ArticleGroups {
  const counts = { published: 0, drafts: 0, pending: 0, expired: 0 };
  const shown: Article[] = [];
  for (const a of articles) {
    if (a.status === "published") counts.published++;
    else if (a.status === "draft") counts.drafts++;
    else if (a.status === "pending") counts.pending++;
    else counts.expired++;
    if (a.status === "published" || (preview && a.status !== "expired")) shown.push(a);
  }
  shown.sort(byNewest);
  const bySection = new Map<string, Article[]>();
  const byLang = new Map<Lang, Article[]>(languages.map((l) => [l, []]));
  const byMonth = new Map<Lang, Map<string, Article[]>>(languages.map((l) => [l, new Map()]));
  for (const a of shown) {
    push(bySection, sectionKey(a.lang, a.section), a);
    byLang.get(a.lang)?.push(a);
    const months = byMonth.get(a.lang);
    if (months) push(months, a.date.ymd.slice(0, 7), a);
  }
  const sectionIndex = new Map(
    [...bySection.values()].flatMap((list) => list.map((a, i) => [a, i] as const)),
  );
  return { shown, counts, bySection, byLang, byMonth, sectionIndex };
}

function push<K>(map: Map<K, Article[]>, key: K, a: Article): void {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
}
