// An article and a plain page after the parse stage: front matter validated, body compiled.
import type { Correction, HeroImage, MediaAsset, Stamp } from "./values.ts";
import type { Lang } from "../routes.ts";

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
