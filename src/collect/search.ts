// The search page of each edition (`/search/`, `/zh/search/`) and the rule of what the search
// index holds: the published articles of an edition, one index bucket per year of publication (a
// year with too many for one bucket split into month ranges).
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { STRINGS } from "../strings.ts";
import { makeChrome, type PageBase } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import type { Link } from "./link.ts";

/** The search page of one edition. */
export interface SearchView extends PageBase {
  /** The edition's index buckets (folders with the base path), newest first; may be empty. */
  buckets: string[];
  /** Pagefind's browser module (`/pagefind/pagefind.js`, with the base path). */
  pagefindHref: string;
  /** Our search script (`/pagefind/search.js`, with the base path). */
  scriptHref: string;
  /** The year archives of the indexed years: the way in without JavaScript. */
  archives: Link[];
  /** The edition's tag index. */
  tagsHref: string;
}

/** Whether an article is in the search index: published (never a draft, pending or expired one). */
export function isIndexed(a: Pick<Article, "status">): boolean {
  return a.status === "published";
}

/** The year bucket an indexed article belongs to (its date's year in the site zone). */
export function searchYear(a: Pick<Article, "date">): string {
  return a.date.ymd.slice(0, 4);
}

/** A bucket's folder below `/pagefind/`: `en/2023/`, or `en/2023-07/` for part of a split year. */
export function bucketFolder(lang: Lang, bucket: string): string {
  return `${lang}/${bucket}/`;
}

/**
 * Most records one bucket (one Pagefind index) holds. Pagefind's memory while it writes an index
 * grows with its records (~0.38 MB each: 2,000 records peaked at ~760 MB, 6,000 at 2.25 GB), and an
 * edit re-indexes its article's whole bucket; a bigger year is split into month ranges. Each bucket
 * is one more index for the search page to merge, so the cap is not lower.
 */
export const SEARCH_BUCKET_MAX = 3000;

/** Months per part a year may be split into: the divisors of twelve, the whole year first. */
const SPANS = [12, 6, 4, 3, 2, 1];

/** An edition's search buckets: their names, newest first, and the bucket of an indexed article. */
export interface SearchBuckets {
  names: string[];
  of(a: Pick<Article, "date">): string;
}

/**
 * The buckets of an edition's indexed `articles`: a year is one bucket (`2023`) unless it holds more
 * than `max`; then it is cut into the longest equal month ranges that each hold at most `max` (or
 * into months), each named by its first month (`2023-07`). Ranges follow the calendar, so adding
 * an article moves no other article to another bucket unless its year's cut changes.
 */
export function searchBuckets(
  articles: readonly Article[],
  max: number = SEARCH_BUCKET_MAX,
): SearchBuckets {
  const perMonth = new Map<string, number[]>();
  for (const a of articles) {
    if (!isIndexed(a)) continue;
    const year = searchYear(a);
    let counts = perMonth.get(year);
    if (!counts) perMonth.set(year, (counts = new Array<number>(12).fill(0)));
    counts[monthOf(a)]!++;
  }
  const span = new Map<string, number>();
  for (const [year, counts] of perMonth)
    span.set(year, SPANS.find((n) => partCounts(counts, n).every((c) => c <= max)) ?? 1);
  const names: string[] = [];
  for (const year of [...perMonth.keys()].sort().reverse()) {
    const n = span.get(year)!;
    const parts = partCounts(perMonth.get(year)!, n);
    for (let i = parts.length - 1; i >= 0; i--)
      if (parts[i]! > 0) names.push(partName(year, n, i * n));
  }
  return {
    names,
    of: (a) => {
      const year = searchYear(a);
      const n = span.get(year) ?? 12;
      return partName(year, n, Math.floor(monthOf(a) / n) * n);
    },
  };
}

/** The month of `a`'s date in the site zone, 0–11. */
function monthOf(a: Pick<Article, "date">): number {
  return Number(a.date.ymd.slice(5, 7)) - 1;
}

/** The counts of a year's parts of `n` months each. */
function partCounts(counts: readonly number[], n: number): number[] {
  const parts = new Array<number>(12 / n).fill(0);
  counts.forEach((c, m) => (parts[Math.floor(m / n)]! += c));
  return parts;
}

/** A bucket's name: the year, or for a part of `n` < 12 months the year and its first month. */
function partName(year: string, n: number, firstMonth: number): string {
  return n === 12 ? year : `${year}-${String(firstMonth + 1).padStart(2, "0")}`;
}

/** The file of our search script below `/pagefind/`. */
export const SEARCH_SCRIPT = "search.js";

/** Pagefind's browser module below `/pagefind/`. */
export const PAGEFIND_MODULE = "pagefind.js";

/** The years of an edition's indexed articles, newest first. */
export function indexedYears(articles: readonly Article[]): string[] {
  const years = new Set<string>();
  for (const a of articles) if (isIndexed(a)) years.add(searchYear(a));
  return [...years].sort().reverse();
}

/** The search page of `lang`: never indexed by search engines, never in a sitemap. */
export function searchView(
  ctx: SiteContext,
  lang: Lang,
  articles: readonly Article[],
  footerLinks: Link[],
): SearchView {
  const path = ctx.routes.search(lang);
  const years = indexedYears(articles);
  const translations = Object.fromEntries(
    ctx.config.languages.filter((l) => l !== lang).map((l) => [l, ctx.routes.search(l)]),
  );
  return {
    path,
    buckets: searchBuckets(articles).names.map((b) =>
      ctx.hrefOf(ctx.routes.pagefind(bucketFolder(lang, b))),
    ),
    pagefindHref: ctx.hrefOf(ctx.routes.pagefind(PAGEFIND_MODULE)),
    scriptHref: ctx.hrefOf(ctx.routes.pagefind(SEARCH_SCRIPT)),
    archives: years.map((y) => ({
      href: ctx.hrefOf(ctx.routes.archive(lang, y)),
      label: STRINGS[lang].archiveYear(y),
    })),
    tagsHref: ctx.hrefOf(ctx.routes.tagIndex(lang)),
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: STRINGS[lang].search,
      translations,
      footerLinks,
      noindex: true,
    }),
  };
}
