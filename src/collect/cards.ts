// Turns articles and images into the small view values lists and pages show.
import type { Link } from "./link.ts";
import type { Article } from "../content/article.ts";
import type { HeroImage, MediaAsset, Stamp } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import type { SiteContext } from "./context.ts";
import { cardDate } from "./card-date.ts";
import { excerpt } from "./excerpt.ts";
import { sharedView } from "./shared-views.ts";
import { cardSet, heroSet, pictureView, SIZES, type PictureView } from "./images.ts";

const summaries = new WeakMap<Article, string>();

/**
 * The summary of an article: its own, else an excerpt of its body (from its text stats when the
 * cache set them, else computed once per article).
 */
export function summaryOf(a: Article): string {
  if (a.summary !== undefined) return a.summary;
  if (a.textStats) return a.textStats.excerpt;
  let s = summaries.get(a);
  if (s === undefined) summaries.set(a, (s = excerpt(a.body.text())));
  return s;
}

/** The `<picture>` view of a hero image: whole and eager on its article, a 16:9 lazy thumbnail on cards. */
export function imageView(
  ctx: SiteContext,
  img: HeroImage,
  use: "hero" | "card" = "hero",
): ImageView {
  const picture =
    use === "hero"
      ? pictureView(ctx, heroSet(img), SIZES.column, true)
      : pictureView(ctx, cardSet(img), SIZES.thumb, false);
  return {
    ...picture,
    alt: img.decorative ? "" : img.alt,
    caption: img.caption,
    credit: img.credit,
    decorative: img.decorative,
  };
}

/** Link to a copied media file. */
export function mediaHref(ctx: SiteContext, m: MediaAsset): string {
  return ctx.hrefOf(m.path);
}

/** Each context's cards by article: one card object however many lists and rails show it. */
const cards = new WeakMap<SiteContext, WeakMap<Article, ArticleCard>>();

/** A list card for an article (made once per context and article; never mutate it). */
export function toCard(ctx: SiteContext, a: Article): ArticleCard {
  let made = cards.get(ctx);
  if (!made) cards.set(ctx, (made = new WeakMap()));
  let card = made.get(a);
  if (!card) made.set(a, (card = sharedView(makeCard(ctx, a))));
  return card;
}

function makeCard(ctx: SiteContext, a: Article): ArticleCard {
  return {
    href: a.href,
    title: a.title,
    summary: summaryOf(a),
    date: a.date,
    dateText: cardDate(a.date, a.lang),
    ...(a.updated ? { updated: a.updated } : {}),
    section: {
      href: ctx.hrefOf(ctx.routes.section(a.lang, a.section)),
      label: ctx.sectionTitle(a.section, a.lang),
    },
    image: a.image ? imageView(ctx, a.image, "card") : undefined,
    lang: a.lang,
  };
}

/** An image ready for `<Picture>`: its sources, fallback, size and text. */
export interface ImageView extends PictureView {
  alt: string;
  caption?: string;
  credit?: string;
  decorative: boolean;
}

/** An article in a list. */
export interface ArticleCard {
  href: string;
  title: string;
  summary: string;
  date: Stamp;
  /** The date as every card of the edition shows it, no zone: `13 May 2023` / `2023年5月13日`. */
  dateText: string;
  /** Set when the article was updated: the card says "Updated". */
  updated?: Stamp;
  section: Link;
  image?: ImageView;
  lang: Lang;
}
