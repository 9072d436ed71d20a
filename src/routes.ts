// Every URL rule of the site (a contract: see docs/ARCHITECTURE.md). Paths here are site-relative
// and carry no base path; `href` and `absoluteUrl` add it. Imports nothing but types.

/** The per-language variants used in HTML, Open Graph, hreflang and the news sitemap. */
export const LANGUAGES: Record<
  Lang,
  { html: string; hreflang: string; og: string; news: string; name: string }
> = {
  en: { html: "en", hreflang: "en", og: "en_US", news: "en", name: "English" },
  zh: { html: "zh-CN", hreflang: "zh-CN", og: "zh_CN", news: "zh-cn", name: "中文" },
};

/** Whether a string is a language code the site supports. */
export function isLang(x: string): x is Lang {
  return Object.hasOwn(LANGUAGES, x);
}

/** The top-level output folder of the search index, which the search stage alone writes. */
export const SEARCH_FOLDER = "pagefind";

/** First path segments that section ids and page slugs must not take (E_SLUG_RESERVED). */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  "tags",
  "authors",
  "page",
  "search",
  "media",
  "assets",
  SEARCH_FOLDER,
  "feed.xml",
  "feed.json",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "404.html",
  "index.html",
  "en",
  "zh",
]);

/**
 * Whether a first URL segment is reserved by the router (a word above, four digits, `sitemap-…`) or
 * is a Windows device name; compared folded (`foldPath`), so `TAGS` and `tagſ` are `tags`.
 */
export function isReservedSegment(seg: string): boolean {
  const folded = foldPath(seg);
  return (
    RESERVED_SEGMENTS.has(folded) ||
    /^\d{4}$/.test(folded) ||
    /^sitemap-/.test(folded) ||
    isDeviceName(seg)
  );
}

/** Device names Windows reserves in every folder: `con`, `nul`, `com1`, `lpt²`… */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/**
 * Whether a path segment (any segment, not only a file name) names a Windows device: the part before
 * its first dot, trailing dots and spaces dropped, folded — so `CON`, `nul.txt` and `aux.tar.gz` are.
 */
export function isDeviceName(seg: string): boolean {
  const stem = foldPath(seg)
    .split(".")[0]!
    .replace(/[. ]+$/, "");
  return DEVICE_NAME.test(stem);
}

/** URL builders bound to the site's default language. */
export interface Routes {
  home(lang: Lang, page?: number): string;
  article(lang: Lang, section: string, ymd: string, slug: string): string;
  section(lang: Lang, section: string, page?: number): string;
  tag(lang: Lang, slug: string, page?: number): string;
  tagIndex(lang: Lang): string;
  author(lang: Lang, id: string, page?: number): string;
  page(lang: Lang, slug: string): string;
  feed(lang: Lang): string;
  /** The JSON Feed of an edition (`/feed.json`). */
  jsonFeed(lang: Lang): string;
  /** A list page's feed: `/news/feed.xml`, `/tags/x/feed.json` (`listPath` is page 1 of the list). */
  listFeed(listPath: string, format: "atom" | "json"): string;
  /** Date archives: `/2023/`, `/2023/05/` (`month` 1–12), paginated. */
  archive(lang: Lang, year: string, month?: string, page?: number): string;
  sitemap(lang: Lang, n: number): string;
  /** `/news-sitemap.xml` (n undefined), or the n-th file it indexes: `/news-sitemap-2.xml`. */
  newsSitemap(n?: number): string;
  sitemapIndex(): string;
  notFound(lang: Lang): string;
  /** An edition's search page: `/search/`, `/zh/search/` (`?q=` runs a query). */
  search(lang: Lang): string;
  /** A file of the search index (`/pagefind/…`): `rel` is below that folder, e.g. `en/2023/`. */
  pagefind(rel: string): string;
  robots(): string;
  media(name: string, hash12: string, ext: string): string;
  asset(name: string): string;
}

/** Makes the URL builders for a site whose default language is `defaultLang`. */
export function makeRoutes(defaultLang: Lang): Routes {
  const pre = (lang: Lang): string => (lang === defaultLang ? "" : `/${lang}`);
  const paged = (base: string, page = 1): string => (page <= 1 ? base : `${base}page/${page}/`);
  return {
    home: (lang, page) => paged(`${pre(lang)}/`, page),
    article: (lang, section, ymd, slug) =>
      `${pre(lang)}/${section}/${ymd.slice(0, 4)}/${ymd.slice(5, 7)}/${slug}/`,
    section: (lang, section, page) => paged(`${pre(lang)}/${section}/`, page),
    tag: (lang, slug, page) => paged(`${pre(lang)}/tags/${slug}/`, page),
    tagIndex: (lang) => `${pre(lang)}/tags/`,
    author: (lang, id, page) => paged(`${pre(lang)}/authors/${id}/`, page),
    page: (lang, slug) => `${pre(lang)}/${slug}/`,
    feed: (lang) => `${pre(lang)}/feed.xml`,
    jsonFeed: (lang) => `${pre(lang)}/feed.json`,
    listFeed: (listPath, format) => `${listPath}feed.${format === "json" ? "json" : "xml"}`,
    archive: (lang, year, month, page) =>
      paged(`${pre(lang)}/${year}/${month === undefined ? "" : `${month}/`}`, page),
    sitemap: (lang, n) => `/sitemap-${lang}-${n}.xml`,
    newsSitemap: (n) => (n === undefined ? "/news-sitemap.xml" : `/news-sitemap-${n}.xml`),
    sitemapIndex: () => "/sitemap.xml",
    notFound: (lang) => `${pre(lang)}/404.html`,
    search: (lang) => `${pre(lang)}/search/`,
    pagefind: (rel) => `/${SEARCH_FOLDER}/${rel}`,
    robots: () => "/robots.txt",
    media: (name, hash12, ext) => `/media/${name}.${hash12}.${ext}`,
    asset: (name) => `/assets/${name}`,
  };
}

/** The last base URL parsed by `basePath`, with its path and origin. */
let lastBase = { url: "", path: "/", origin: "" };

/** The path part of `baseUrl` (`https://example.org/news/` → `/news/`). */
export function basePath(baseUrl: string): string {
  // Note: called for every link of every page; parsing the URL each time cost ~0.5 s at 10k articles.
  if (baseUrl !== lastBase.url) {
    const u = new URL(baseUrl);
    lastBase = { url: baseUrl, path: u.pathname.replace(/\/?$/, "/"), origin: u.origin };
  }
  return lastBase.path;
}

/** Characters `encodeURIComponent` leaves alone, plus `/`: such a path encodes to itself. */
const PLAIN_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;

/** Percent-encodes each segment of a site path (Unicode slugs stay valid links). */
export function encodePath(path: string): string {
  if (PLAIN_PATH.test(path)) return path;
  return path
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

/** A root-relative link to a site path, with the base path: `/news/zh/tags/tai-feng/`. */
export function href(baseUrl: string, path: string): string {
  return basePath(baseUrl) + encodePath(path).replace(/^\//, "");
}

/** The absolute URL of a site path: `https://example.org/news/zh/tags/tai-feng/`. */
export function absoluteUrl(baseUrl: string, path: string): string {
  const link = href(baseUrl, path);
  // A root-relative link of encoded segments without dot segments is what URL would serialize.
  if (!/(^|\/)\.{1,2}(\/|$)/.test(link)) return lastBase.origin + link;
  return new URL(link, baseUrl).toString();
}

/** The file a site path is written to, relative to the output folder: `zh/news/index.html`. */
export function outputFile(path: string): string {
  const rel = path.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/** A language code the site supports; the table of its variants lives in `routes.ts`. */
export type Lang = "en" | "zh";

/**
 * The key under which two paths name one file on a case-insensitive, normalising file system (macOS,
 * Windows): NFC, then full case folding (upper then lower, so `ß` folds like `ss` and `ſ` like `s`).
 */
export function foldPath(path: string): string {
  return path.normalize("NFC").toUpperCase().toLowerCase();
}
