// Structured data as plain JSON values: NewsArticle and BreadcrumbList. The layout
// serialises them with `<` escaped; collect only builds the objects.
import { LANGUAGES } from "../routes.ts";
import type { JsonObject } from "./json.ts";
import type { Link } from "./link.ts";
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import type { SiteContext } from "./context.ts";

/** Size of the bundled default logo (`layouts/assets/logo.png`). */
export const DEFAULT_LOGO = { file: "logo.png", width: 512, height: 512 };

/** The publisher Organization with its logo (site.yaml `logo`, else the bundled one). */
export function publisherJsonLd(ctx: SiteContext, lang: Lang): JsonObject {
  const logo: JsonObject = ctx.config.logo
    ? { "@type": "ImageObject", url: ctx.config.logo }
    : {
        "@type": "ImageObject",
        url: ctx.absOf(ctx.routes.asset(DEFAULT_LOGO.file)),
        width: DEFAULT_LOGO.width,
        height: DEFAULT_LOGO.height,
      };
  return {
    "@type": "Organization",
    name: ctx.text(ctx.config.title, lang),
    url: ctx.absOf(ctx.routes.home(lang)),
    logo,
  };
}

/** What the NewsArticle needs beyond the article: resolved links and times. */
export interface NewsArticleInput {
  canonical: string;
  description: string;
  /** Bylines resolved to names and (absolute) author page URLs. */
  authors: { name: string; url: string }[];
  /** Absolute image URLs (hero), empty for none (then the logo stands in). */
  images: string[];
  dateModified: string;
  section: string;
  keywords: string[];
}

/** The NewsArticle object of an article page. */
export function newsArticleJsonLd(
  ctx: SiteContext,
  a: Article,
  input: NewsArticleInput,
): JsonObject {
  const publisher = publisherJsonLd(ctx, a.lang);
  const logoUrl = ctx.config.logo ?? ctx.absOf(ctx.routes.asset(DEFAULT_LOGO.file));
  const org = {
    "@type": "Organization",
    name: ctx.text(ctx.config.title, a.lang),
    url: ctx.absOf(ctx.routes.home(a.lang)),
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": input.canonical },
    url: input.canonical,
    headline: a.title,
    description: input.description,
    image: input.images.length ? input.images : [logoUrl],
    datePublished: a.date.iso,
    dateModified: input.dateModified,
    author: input.authors.length
      ? input.authors.map((p) => ({ "@type": "Person", name: p.name, url: p.url }))
      : [org],
    publisher,
    inLanguage: LANGUAGES[a.lang].html,
    articleSection: input.section,
    ...(input.keywords.length ? { keywords: input.keywords } : {}),
  };
}

/** The BreadcrumbList of a page: one ListItem per visible breadcrumb, with absolute URLs. */
export function breadcrumbJsonLd(ctx: SiteContext, items: readonly Link[]): JsonObject {
  const origin = new URL(ctx.config.baseUrl).origin;
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.label,
      item: new URL(item.href, origin).toString(),
    })),
  };
}
