// The search records of a build, straight from the site model (never from the rendered HTML): one per
// published article, holding its title, summary and body text only (no navigation, comments notice
// or related lists), with filters for section, tag, author and year and a date sort key.
import type { Article } from "../content/article.ts";
import type { Body } from "../content/body.ts";
import type { ArticlePage } from "../collect/article-page.ts";
import {
  bucketFolder,
  isIndexed,
  searchBuckets,
  searchYear,
  type SearchBuckets,
} from "../collect/search.ts";
import type { Lang } from "../routes.ts";
import { encodeCard } from "./card-code.ts";

/** One Pagefind custom record and the bucket it goes to. */
export interface SearchRecord {
  /** The bucket folder below `/pagefind/`: `en/2023/`. */
  bucket: string;
  /** Root-relative link with the base path (Pagefind keeps it as given). */
  url: string;
  /** Pagefind's language: `en`, `zh` (zh is segmented into words when indexed). */
  language: string;
  /** The text searched, by reference: the summary (when the article has one) and the body, whose
   * text is read only when its bucket is indexed (its digest stands in for it in the bucket key). */
  content: { summary?: string; body: Body };
  /** `title` (searched) and `card` (not searchable: see card-code.ts). */
  meta: { title: string; card: string };
  filters: { section: string[]; tag: string[]; author: string[]; year: string[] };
  /** Epoch milliseconds, zero-padded so that text order is time order. */
  sort: { date: string };
}

/** What Pagefind is given for one record: the text searched, read now. */
export type PagefindRecord = Omit<SearchRecord, "bucket" | "content"> & { content: string };

/** The Pagefind record of `r` (reads its body's text). */
export function pagefindRecord(r: SearchRecord): PagefindRecord {
  const { url, language, meta, filters, sort } = r;
  const { summary, body } = r.content;
  const content = [summary, body.text()].filter((t) => t !== undefined && t !== "").join("\n");
  return { url, language, content, meta, filters, sort };
}

/** The records of every indexed article, in a stable order (by URL). */
export function searchRecords(model: {
  site: { articlePages: readonly ArticlePage[] };
  shown: readonly Article[];
}): SearchRecord[] {
  const pages = new Map(model.site.articlePages.map((p) => [p.path, p]));
  // Each edition's buckets, cut as its search page lists them (from the same articles).
  const buckets = new Map<Lang, SearchBuckets>();
  const bucketsOf = (lang: Lang): SearchBuckets => {
    let b = buckets.get(lang);
    if (!b) buckets.set(lang, (b = searchBuckets(model.shown.filter((a) => a.lang === lang))));
    return b;
  };
  const out: SearchRecord[] = [];
  for (const a of model.shown) {
    const page = pages.get(a.path);
    if (!isIndexed(a) || !page) continue;
    out.push(recordOf(a, page, bucketFolder(a.lang, bucketsOf(a.lang).of(a))));
  }
  return out.sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
}

/** The record of one article in `bucket`, filed as its page is (section title, tags, byline, hero). */
function recordOf(a: Article, page: ArticlePage, bucket: string): SearchRecord {
  const year = searchYear(a);
  const section = page.section;
  const image = page.image && {
    image: smallest(page.image.srcset) ?? page.image.src,
    width: page.image.width,
    height: page.image.height,
  };
  return {
    bucket,
    url: a.href,
    language: a.lang,
    content: a.summary === undefined ? { body: a.body } : { summary: a.summary, body: a.body },
    meta: {
      title: a.title,
      card: encodeCard({ ...image, date: a.date.display, datetime: a.date.iso, section }),
    },
    filters: {
      section: [section],
      tag: page.tags.map((t) => t.label),
      author: page.authors.map((l) => l.label),
      year: [year],
    },
    sort: { date: String(Math.max(0, a.date.ms)).padStart(15, "0") },
  };
}

/** The first (smallest) candidate of a srcset, a thumbnail's source; undefined when there is none. */
function smallest(srcset: string | undefined): string | undefined {
  const first = srcset?.split(",")[0]?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}
