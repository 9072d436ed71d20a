// Values the parse stage computes from front matter: dates as stamps, texts per language, media.
import type { Lang } from "../routes.ts";

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

/** An image the build copies to `/media/<name>.<sha256-12>.<ext>`. */
export interface MediaAsset {
  /** Path of the source file relative to the content root (posix), e.g. `media/delegates.jpg`. */
  source: string;
  /** Site path of the copy, e.g. `/media/delegates.3f2a9c1b7d4e.jpg` (no base path). */
  path: string;
  /** SHA-256 of the file's bytes (hex): its name's fingerprint and the body cache's check. */
  sha256: string;
  /** Width and height as shown (EXIF orientation applied). */
  width: number;
  height: number;
  /** Whether the image may hold transparency (its fallback rendition is then PNG, not JPEG). */
  alpha: boolean;
}

/** The hero image of an article, resolved. */
export interface HeroImage {
  media: MediaAsset;
  alt: string;
  caption?: string;
  credit?: string;
  decorative: boolean;
  /** Where crops keep the subject (`image.focus`); absent: sharp's attention strategy. */
  focus?: string;
}

/** A correction note shown on the article. */
export interface Correction {
  at: Stamp;
  note: string;
}
