// Plain data types shared by the stages and the layouts. Front-matter shapes come from the zod
// schemas in src/content/schema.ts; these are the computed values built from them.

/** One located problem in the content tree (DESIGN §3.4); errors are values until the CLI prints them. */
export interface ContentError {
  /** Path relative to the working directory, posix separators (e.g. `content/articles/a.md`). */
  file: string;
  /** 1-based line; 1 for a file-level problem. */
  line: number;
  /** 1-based column; 1 for a file-level problem. */
  col: number;
  /** Stable code, `E_*` for errors and `W_*` for warnings. */
  code: string;
  message: string;
  hint: string;
}

/** A language code the site supports; the table of its variants lives in `routes.ts`. */
export type Lang = "en" | "zh";

/** A text that is one string for all languages, or one per language. */
export type LocalText = string | Partial<Record<Lang, string>>;

/** An instant as the site shows it: ISO with offset in the site zone, epoch ms, and a byline text. */
export interface Stamp {
  /** `2023-05-13T02:08:25+08:00` (date-only values: midnight in the site zone). */
  iso: string;
  /** Epoch milliseconds, for sorting and comparisons. */
  ms: number;
  /** True when the source had no time of day. */
  dateOnly: boolean;
  /** Byline text in the article's language: `2023年5月13日 02:08` / `13 May 2023, 02:08 (UTC+8)`. */
  display: string;
  /** `2023-05-13` in the site zone (year and month for URLs and archives). */
  ymd: string;
}

/** A section as configured in site.yaml. */
export interface SectionConfig {
  id: string;
  title: LocalText;
}

/** The validated site.yaml. */
export interface SiteConfig {
  title: LocalText;
  description: LocalText;
  /** Always ends with `/`; may carry a path (`https://example.org/news/`). */
  baseUrl: string;
  timeZone: string;
  /** The first is the default language, served at the root. */
  languages: Lang[];
  sections: SectionConfig[];
  pageSize: number;
  slugStyle: "pinyin" | "unicode" | "ascii";
  /** The comment notice shown under every article (text only). */
  commentsNotice: LocalText;
  /** Absolute URL of the publisher logo for JSON-LD; default: the bundled `/assets/logo.png`. */
  logo?: string;
  /** Tag pages with fewer articles are `noindex,follow` and left out of the sitemap (default 2). */
  minTagArticles?: number;
  /** Reading speed: Han characters and Latin words per minute (defaults 400 and 220). */
  readingSpeed?: { han: number; latin: number };
}

/** An entry of the optional tags.yaml registry (F-TAX-9), keyed by its canonical name. */
export interface TagRegistryEntry {
  /** The canonical name as written in tags.yaml. */
  name: string;
  /** Other spellings that merge into this tag. */
  synonyms: string[];
  /** Label per language (else the canonical name). */
  label?: LocalText;
  /** Shown on the tag page. */
  description?: LocalText;
  /** Where the entry is written (file:line:col), for errors about it. */
  file: string;
  line: number;
  col: number;
}

/** An entry of authors.yaml. */
export interface AuthorConfig {
  id: string;
  name: LocalText;
  url?: string;
  bio?: LocalText;
}

/** An image the build copies to `/media/<name>.<sha256-12>.<ext>`. */
export interface MediaAsset {
  /** Path of the source file relative to the content root (posix), e.g. `media/delegates.jpg`. */
  source: string;
  /** Site path of the copy, e.g. `/media/delegates.3f2a9c1b7d4e.jpg` (no base path). */
  path: string;
  width: number;
  height: number;
}

/** The hero image of an article, resolved. */
export interface HeroImage {
  media: MediaAsset;
  alt: string;
  caption?: string;
  credit?: string;
  decorative: boolean;
}

/** A correction note shown on the article. */
export interface Correction {
  at: Stamp;
  note: string;
}

/** One article after the parse stage (front matter validated, body compiled). */
export interface Article {
  /** Source path relative to the content root (posix), e.g. `articles/2023/cq-hk.md`. */
  source: string;
  /** Stable id: front-matter `id`, else the source path. */
  id: string;
  lang: Lang;
  title: string;
  date: Stamp;
  updated?: Stamp;
  section: string;
  /** Tag names as written (trimmed, `#` kept); collect normalises and labels them. */
  tags: string[];
  /** Author ids from authors.yaml, or plain names. */
  authors: string[];
  summary?: string;
  translationKey?: string;
  image?: HeroImage;
  featured: boolean;
  draft: boolean;
  publishAt?: Stamp;
  expires?: Stamp;
  slug: string;
  corrections: Correction[];
  /** Sanitized HTML of the body (the only raw HTML that reaches a page). */
  bodyHtml: string;
  /** Plain text of the body (mdast to-string, whitespace-normalised): search, excerpts, checks. */
  bodyText: string;
  /** Media files the body references (copied only when the article is published). */
  media: MediaAsset[];
}

/** `redirects.lock` (F-ED-14): each published article's stable id → its URL history (site paths, oldest first). */
export interface RedirectsLock {
  /** Entries by article id (front-matter `id`, else the article's first source path). */
  articles: Map<string, { urls: string[]; gone: boolean }>;
}

/** A plain page (`pages/about.md`). */
export interface PlainPage {
  source: string;
  lang: Lang;
  slug: string;
  title: string;
  summary?: string;
  bodyHtml: string;
  media: MediaAsset[];
}

// ---- View models: what collect builds and the layouts render (all hrefs already carry the base path).

/** A link as layouts show it. */
export interface Link {
  href: string;
  label: string;
  /** Marks the link to the current page (`aria-current="page"`). */
  current?: boolean;
  /** The language of the target when it differs from the page's (`hreflang`). */
  lang?: Lang;
}

/** An image ready for an `<img>`: href with base path and intrinsic size. */
export interface ImageView {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
  credit?: string;
  decorative: boolean;
}

/** What every page's frame (Base layout) needs. */
export interface PageChrome {
  lang: Lang;
  /** The `<html lang>` value: `en`, `zh-CN`. */
  htmlLang: string;
  /** The full `<title>` text. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** hreflang alternates (absolute; self, translations, `x-default`). */
  alternates: { hreflang: string; href: string }[];
  /** `<link rel="alternate">` feeds for this page (Atom unless `type` says JSON Feed). */
  feeds: { href: string; title: string; type?: "atom" | "json" }[];
  siteTitle: string;
  homeHref: string;
  /** Section navigation; the current section is marked. */
  nav: Link[];
  /** One link per other language: the translation, or that language's home. */
  languageSwitch: Link[];
  /** Footer links (all tags, plain pages). */
  footerLinks: Link[];
  /** `/assets/` with the base path, for CSS. */
  assetsHref: string;
  noindex: boolean;
  /** The robots meta when it says more than `noindex` (thin tag pages: `noindex,follow`). */
  robots?: string;
  /** Open Graph and Twitter card fields (F-SEO-5). */
  social?: SocialMeta;
  /** JSON-LD objects, each written as one `<script type="application/ld+json">` (F-SEO-6). */
  structuredData?: JsonObject[];
  /** Preview build: show the banner. */
  preview: boolean;
  /** Copyright year, from the build clock. */
  year: number;
}

/** A JSON value (JSON-LD, JSON Feed). */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** The Open Graph / Twitter card fields of a page (absolute URLs, offset dates). */
export interface SocialMeta {
  type: "website" | "article";
  /** `en_US`, `zh_CN`. */
  locale: string;
  /** The other editions' locales of this page. */
  alternateLocales: string[];
  siteName: string;
  title: string;
  description: string;
  url: string;
  image?: { url: string; alt: string; width: number; height: number };
  /** Articles only. */
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  /** At most 6. */
  tags: string[];
}

/** An article in a list. */
export interface ArticleCard {
  href: string;
  title: string;
  summary: string;
  date: Stamp;
  section: Link;
  image?: ImageView;
  lang: Lang;
}

/** Pagination state of a list page. */
export interface Pager {
  /** 1-based. */
  current: number;
  total: number;
  prev?: string;
  next?: string;
  pages: { n: number; href: string }[];
}

/** Fields every rendered page carries: where it goes and its frame. */
export interface PageBase {
  /** Output path relative to the site root, no base path: `/zh/news/2023/05/x/` or `/feed.xml`. */
  path: string;
  chrome: PageChrome;
}

/** The article page. */
export interface ArticleView extends PageBase {
  source: string;
  breadcrumbs: Link[];
  title: string;
  summary?: string;
  date: Stamp;
  updated?: Stamp;
  authors: Link[];
  image?: ImageView;
  bodyHtml: string;
  tags: Link[];
  prev?: Link;
  next?: Link;
  /** 3–5 related articles of the same edition (F-TAX-13). */
  related: Link[];
  /** Estimated reading time in whole minutes (F-TAX-14). */
  readingMinutes: number;
  corrections: Correction[];
  commentsNotice: string;
  draft: boolean;
  pending: boolean;
}

/** Home, section, tag and author list pages. */
export interface ListView extends PageBase {
  kind: "home" | "section" | "tag" | "author" | "archive";
  heading: string;
  intro?: string;
  /** Sub-lists of this list (a year archive's months). */
  links?: Link[];
  /** The lead story (home page 1 only). */
  lead?: ArticleCard;
  items: ArticleCard[];
  pager: Pager;
  /** Home page 1: the newest per section. */
  sections?: { section: Link; items: ArticleCard[] }[];
}

/** The all-tags page. */
export interface TagIndexView extends PageBase {
  tags: { href: string; label: string; count: number }[];
}

/** A plain page from `pages/*.md`. */
export interface PlainPageView extends PageBase {
  source: string;
  title: string;
  bodyHtml: string;
}

/** A page left at an article's old URL: meta refresh and canonical to the new one (F-ED-14). */
export interface RedirectPageView {
  /** The old site path. */
  path: string;
  /** Absolute URL of the article's current page. */
  target: string;
  /** Root-relative link to it (with the base path). */
  targetHref: string;
  title: string;
  lang: Lang;
}

/** The localised 404 page. */
export interface NotFoundView extends PageBase {}

/** One Atom entry. */
export interface FeedEntry {
  id: string;
  title: string;
  href: string;
  published: string;
  updated: string;
  summary: string;
  contentHtml: string;
  authors: { name: string; uri?: string }[];
  categories: string[];
}

/** A feed of one list (site, section, tag, author) in one language: Atom at `path`, JSON Feed at `jsonPath`. */
export interface FeedView {
  path: string;
  /** Site path of the JSON Feed 1.1 twin. */
  jsonPath: string;
  lang: Lang;
  title: string;
  subtitle: string;
  id: string;
  selfHref: string;
  alternateHref: string;
  updated: string;
  entries: FeedEntry[];
  /** Absolute URL of the JSON Feed. */
  jsonHref: string;
}

/** One `<url>` of a sitemap. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** hreflang alternates (self, translations, `x-default`), absolute. */
  alternates?: { hreflang: string; href: string }[];
}

/** One `<url>` of the Google News sitemap. */
export interface NewsSitemapUrl {
  loc: string;
  publicationName: string;
  /** `en`, `zh-cn`. */
  language: string;
  publicationDate: string;
  title: string;
}

/** A Google News sitemap file (≤ 1,000 URLs), or the index of several at `/news-sitemap.xml`. */
export type NewsSitemapView =
  | { kind: "urlset"; path: string; urls: NewsSitemapUrl[] }
  | { kind: "index"; path: string; entries: SitemapUrl[] };

/** A per-language sitemap file. */
export interface SitemapView {
  path: string;
  urls: SitemapUrl[];
}

/** The sitemap index (`/sitemap.xml`). */
export interface SitemapIndexView {
  path: string;
  entries: SitemapUrl[];
}

/** A text file written as is (robots.txt). */
export interface TextFileView {
  path: string;
  body: string;
}

/** Everything the render stage writes, grouped by route kind. Immutable once built. */
export interface SiteData {
  articlePages: ArticleView[];
  listPages: ListView[];
  tagIndexPages: TagIndexView[];
  plainPages: PlainPageView[];
  notFoundPages: NotFoundView[];
  feeds: FeedView[];
  sitemaps: SitemapView[];
  sitemapIndex: SitemapIndexView;
  /** `/news-sitemap.xml` and, over 1,000 URLs, the files it indexes. */
  newsSitemaps: NewsSitemapView[];
  /** Meta-refresh pages at old article URLs (only with a redirects.lock). */
  redirectPages: RedirectPageView[];
  textFiles: TextFileView[];
  /** Media to copy into the output (only what published pages reference). */
  media: MediaAsset[];
}
