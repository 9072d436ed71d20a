// Image views: what a `<picture>` shows of one image in one context (hero, card, portrait, preview crops).
import type { Article, PlainPage } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { HeroImage, MediaAsset } from "../content/values.ts";
import {
  COLUMN_SIZES,
  MIME,
  previewCrop,
  renditionSet,
  type Aspect,
  type Rendition,
  type RenditionSet,
} from "../images/plan.ts";
import type { SiteContext } from "./context.ts";
import { fieldLocation } from "./field-location.ts";

/**
 * The `sizes` of each context, matching `layouts/styles/` (keep in sync): the article column is
 * `--measure` (44rem) wide, a card thumbnail 8rem (6rem under 36rem), a lead card the column.
 */
export const SIZES = {
  column: COLUMN_SIZES,
  portrait: "6rem",
  thumb: "(max-width: 36rem) 6rem, 8rem",
} as const;

/** Cards are 16:9 thumbnails at most this wide (a lead card spans the column). */
export const CARD_MAX_WIDTH = 960;

/** Google's least image area for news results (w × h), per crop. */
export const MIN_PREVIEW_PIXELS = 50_000;

/** A `<picture>`: one `<source>` per modern format, then the `<img>` with its own srcset. */
export interface PictureView {
  sources: { type: string; srcset: string }[];
  /** The `<img src>` (a mid-size fallback) and the fallback format's srcset. */
  src: string;
  srcset: string;
  sizes: string;
  /** `sizes` when the image spans the article column (a lead card). */
  wideSizes: string;
  /** Size of the `<img>` (the aspect every rendition shares), for layout before load. */
  width: number;
  height: number;
  /** Eager with `fetchpriority="high"` (hero, front-page lead); else lazy and async. */
  priority: boolean;
}

/** A srcset string: `href 320w, href 640w…`. */
function srcsetOf(ctx: SiteContext, renditions: readonly Rendition[]): string {
  return renditions.map((r) => `${ctx.hrefOf(r.path)} ${r.width}w`).join(", ");
}

/** The view of a rendition set. */
export function pictureView(
  ctx: SiteContext,
  set: RenditionSet,
  sizes: string,
  priority: boolean,
): PictureView {
  const last = set.formats[set.formats.length - 1]!;
  return {
    sources: set.formats
      .slice(0, -1)
      .filter((f) => f.renditions.length > 0)
      .map((f) => ({ type: MIME[f.format], srcset: srcsetOf(ctx, f.renditions) })),
    src: ctx.hrefOf(set.fallback.path),
    srcset: srcsetOf(ctx, last.renditions),
    sizes,
    wideSizes: SIZES.column,
    width: set.fallback.width,
    height: set.fallback.height,
    priority,
  };
}

/** The renditions of a hero image shown whole (the article page). */
export function heroSet(img: HeroImage): RenditionSet {
  return renditionSet(img.media);
}

/** The renditions of a hero image as a card thumbnail: 16:9 around its focus. */
export function cardSet(img: HeroImage): RenditionSet {
  return renditionSet(img.media, { aspect: "16x9", focus: img.focus, maxWidth: CARD_MAX_WIDTH });
}

/** The renditions of a body image (whole, lazy): the same set the Markdown stage emits. */
export function bodySet(asset: MediaAsset): RenditionSet {
  return renditionSet(asset);
}

/** The Open Graph crop (1200×630, or what the source holds). */
export function ogCrop(img: HeroImage): Rendition | undefined {
  return previewCrop(img.media, "og", img.focus);
}

/** The JSON-LD crops Google asks of news articles: 16:9, 4:3, 1:1, each ≥ 50,000 px. */
export function structuredDataCrops(img: HeroImage): Rendition[] {
  const aspects: Aspect[] = ["16x9", "4x3", "1x1"];
  return aspects.flatMap((a) => previewCrop(img.media, a, img.focus, MIN_PREVIEW_PIXELS) ?? []);
}

/** The renditions of an author's photo: a 1:1 crop, small (the author page shows it at 6rem). */
export function portraitSet(asset: MediaAsset): RenditionSet {
  return renditionSet(asset, { aspect: "1x1", maxWidth: 480 });
}

/** The `<picture>` view of an author's photo, its alt text the author's name. */
export function portraitView(
  ctx: SiteContext,
  asset: MediaAsset,
  name: string,
): PictureView & { alt: string; decorative: false } {
  const picture = pictureView(ctx, portraitSet(asset), SIZES.portrait, false);
  return { ...picture, alt: name, decorative: false };
}

/** Every rendition a set holds. */
export function renditionsOf(set: RenditionSet): Rendition[] {
  return set.formats.flatMap((f) => f.renditions);
}

/**
 * Every rendition the shown articles and pages use (hero whole, card, social and structured-data
 * crops; body images whole), each path once, sorted: what the images stage writes.
 */
export function publishedRenditions(
  articles: readonly Article[],
  pages: readonly PlainPage[],
  portraits: readonly MediaAsset[] = [],
): Rendition[] {
  const byPath = new Map<string, Rendition>();
  const add = (rs: readonly Rendition[]) => rs.forEach((r) => byPath.set(r.path, r));
  for (const a of articles) {
    if (a.image) {
      add(renditionsOf(heroSet(a.image)));
      add(renditionsOf(cardSet(a.image)));
      const og = ogCrop(a.image);
      if (!a.image.decorative) add([...(og ? [og] : []), ...structuredDataCrops(a.image)]);
    }
    for (const m of a.media) add(renditionsOf(bodySet(m)));
  }
  for (const p of pages) for (const m of p.media) add(renditionsOf(bodySet(m)));
  for (const m of portraits) add(renditionsOf(portraitSet(m)));
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Google Discover shows a large preview only for images at least this wide. */
export const PREVIEW_MIN_WIDTH = 1200;

/** `W_IMAGE_SMALL` at `image.src` of each shown article whose (non-decorative) hero is under 1200 px wide. */
export function smallHeroWarnings(articles: readonly Article[]): ContentError[] {
  return articles.flatMap((a) => {
    const img = a.image;
    if (!img || img.decorative || img.media.width >= PREVIEW_MIN_WIDTH) return [];
    const at = fieldLocation(a, "image.src");
    return [
      {
        ...at,
        code: "W_IMAGE_SMALL",
        message: `the hero image is ${img.media.width} px wide; large previews (Google Discover) need ${PREVIEW_MIN_WIDTH} px`,
        hint: `use a photo at least ${PREVIEW_MIN_WIDTH} px wide (the site makes the smaller sizes)`,
      },
    ];
  });
}

/** The photos of the authors who have a page. */
export function portraitsOf(authors: Iterable<{ portrait?: MediaAsset }>): MediaAsset[] {
  return [...authors].flatMap((a) => (a.portrait ? [a.portrait] : []));
}
