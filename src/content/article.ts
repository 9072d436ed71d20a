// An article and a plain page as the later stages read them: the front matter's schema output,
// then the facts computed once (status, URL, output file) and the compiled body.
import type { Body } from "./body.ts";
import type { Lang } from "../routes.ts";
import type { FieldAt } from "./field-at.ts";
import type { ArticleFrontMatter } from "./schema.ts";
import type { Correction, HeroImage, MediaAsset } from "./values.ts";

/** Where an article stands at the build clock. */
export type ArticleStatus = "published" | "draft" | "pending" | "expired";

/** Front-matter fields the build reads as the schema gives them. */
type SchemaFields = Pick<
  ArticleFrontMatter,
  | "title"
  | "date"
  | "updated"
  | "section"
  | "tags"
  | "authors"
  | "summary"
  | "translationKey"
  | "featured"
  | "featuredUntil"
  | "draft"
  | "publishAt"
  | "expires"
>;

/** An article's fields after the parse stage: the schema's output with the defaults resolved. */
export interface ArticleFields extends SchemaFields {
  /** Source path relative to the content root (posix), e.g. `articles/2023/cq-hk.md`. */
  source: string;
  /** Stable id: front-matter `id`, else the source path. */
  id: string;
  /** The language edition: front-matter `lang`, else the site's first language. */
  lang: Lang;
  /** Front-matter `slug`, else the file name slugified. */
  slug: string;
  corrections: Correction[];
  /** The path errors name (relative to where the command was started). */
  displayPath: string;
  /** Where each top-level field and each `authors`/`tags` item is written. */
  fieldAt: FieldAt;
}

/** Where an article goes and whether it is shown: set once by the index stage, read everywhere. */
export interface ArticlePlace {
  status: ArticleStatus;
  /** Site path, no base path: `/zh/news/2023/05/x/`. */
  path: string;
  /** Root-relative link with the base path: `/news/zh/news/2023/05/x/`. */
  href: string;
  /** Absolute URL (canonical). */
  url: string;
  /** Output file below the output root: `zh/news/2023/05/x/index.html`. */
  file: string;
}

/** The compiled body of an article or page. */
export interface CompiledBody {
  /** The rendered HTML and plain text, by reference (`body.ts`). */
  body: Body;
  /** Media files the body references (copied only when the article is published). */
  media: MediaAsset[];
}

/** Figures derived from an article's title and body text, kept in the cache while they are unchanged. */
export interface TextStats {
  /** Reading time at the site's speed, in whole minutes. */
  readingMinutes: number;
  /**
   * Related-article terms of the title (twice) and the body's opening, counted, in first-appearance
   * order, packed as `term count term count …` (`collect/related.ts` `packTerms`): one string, not
   * 130 pairs, per article (the 10k pack took 197 MB of heap as pairs); read from the cache when
   * first asked (only scoring related lists asks).
   */
  terms(): string;
  /** The body's opening as a summary (`collect/excerpt.ts`), for articles without their own. */
  excerpt: string;
  /** SHA-256 of `terms()` (kept in the cache beside the figures): same digest, same terms. */
  termsDigest: string;
}

/** One article after the bodies stage. */
export interface Article extends ArticleFields, ArticlePlace, CompiledBody {
  image?: HeroImage;
  /** Set before collect from the cache (`incremental/text-cache.ts`); collect computes what is absent. */
  textStats?: TextStats;
}

/** A plain page (`pages/about.md`) after the bodies stage. */
export interface PlainPage extends CompiledBody {
  source: string;
  lang: Lang;
  slug: string;
  title: string;
  summary?: string;
}
