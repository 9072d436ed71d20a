// Turns articles and images into the small view values lists and pages show.
import type { Link } from "./link.ts";
import type { Article } from "../content/article.ts";
import type { HeroImage, MediaAsset, Stamp } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import type { SiteContext } from "./context.ts";
import { excerpt } from "./excerpt.ts";

const summaries = new WeakMap<Article, string>();

/** The summary of an article: its own, else an excerpt of its body (computed once per article). */
export function summaryOf(a: Article): string {
  if (a.summary !== undefined) return a.summary;
  let s = summaries.get(a);
  if (s === undefined) summaries.set(a, (s = excerpt(a.bodyText)));
  return s;
}

/** An `<img>` view of a hero image. */
export function imageView(ctx: SiteContext, img: HeroImage): ImageView {
  return {
    src: mediaHref(ctx, img.media),
    width: img.media.width,
    height: img.media.height,
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

/** A list card for an article. */
export function toCard(ctx: SiteContext, a: Article): ArticleCard {
  return {
    href: a.href,
    title: a.title,
    summary: summaryOf(a),
    date: a.date,
    section: {
      href: ctx.hrefOf(ctx.routes.section(a.lang, a.section)),
      label: ctx.sectionTitle(a.section, a.lang),
    },
    image: a.image ? imageView(ctx, a.image) : undefined,
    lang: a.lang,
  };
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
