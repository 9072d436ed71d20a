// Builds the frame of a page: title, canonical, alternates, navigation, language switch.
import { LANGUAGES } from "../routes.ts";
import { PLAIN_ASSET_FILES } from "./assets.ts";
import type { JsonObject } from "./json.ts";
import type { Link } from "./link.ts";
import type { Lang } from "../routes.ts";
import type { SiteContext } from "./context.ts";

/** What a page tells the frame about itself. */
export interface ChromeInput {
  lang: Lang;
  path: string;
  /** The page's own title; the site title is appended (omit for the home page). */
  title?: string;
  description?: string;
  /** The same page in other languages (site paths), when it exists there. */
  translations?: Partial<Record<Lang, string>>;
  /** Section to mark current in the navigation. */
  section?: string;
  /** Extra links in the footer (plain pages of this language). */
  footerLinks: Link[];
  /** The copyright year (articles: their own, so the page never changes with the clock). */
  year?: number;
  noindex?: boolean;
  /** A fuller robots meta (thin tag pages: `noindex,follow`). */
  robots?: string;
  /** This list's own feeds (section, tag, author), linked before the edition's. */
  feeds?: PageChrome["feeds"];
  /** Article fields of Open Graph (type, times, section, tags, image). */
  social?: Partial<SocialMeta>;
  structuredData?: JsonObject[];
}

/** The `PageChrome` of one page. */
export function makeChrome(ctx: SiteContext, input: ChromeInput): PageChrome {
  const { lang, path } = input;
  const siteTitle = ctx.text(ctx.config.title, lang);
  const translations: Partial<Record<Lang, string>> = { ...input.translations, [lang]: path };
  const others = ctx.config.languages.filter((l) => l !== lang);
  const alternates = alternatesOf(ctx, lang, path, input.translations);
  const description = input.description || ctx.text(ctx.config.description, lang) || siteTitle;
  const canonical = ctx.absOf(path);
  const social: SocialMeta = {
    type: "website",
    locale: LANGUAGES[lang].og,
    alternateLocales: others
      .filter((l) => translations[l] !== undefined)
      .map((l) => LANGUAGES[l].og),
    siteName: siteTitle,
    title: input.title || siteTitle,
    description,
    url: canonical,
    tags: [],
    ...input.social,
  };
  return {
    lang,
    htmlLang: LANGUAGES[lang].html,
    title: input.title ? `${input.title} – ${siteTitle}` : siteTitle,
    description,
    canonical,
    alternates,
    feeds: [
      ...(input.feeds ?? []),
      { href: ctx.hrefOf(ctx.routes.feed(lang)), title: siteTitle, type: "atom" },
      { href: ctx.hrefOf(ctx.routes.jsonFeed(lang)), title: siteTitle, type: "json" },
    ],
    social,
    structuredData: input.structuredData ?? [],
    siteTitle,
    homeHref: ctx.hrefOf(ctx.routes.home(lang)),
    nav: ctx.config.sections.map((s) => ({
      href: ctx.hrefOf(ctx.routes.section(lang, s.id)),
      label: ctx.sectionTitle(s.id, lang),
      current: s.id === input.section || undefined,
    })),
    languageSwitch: others.map((l) => ({
      href: ctx.hrefOf(translations[l] ?? ctx.routes.home(l)),
      label: LANGUAGES[l].name,
      lang: l,
    })),
    footerLinks: input.footerLinks,
    assetsHref: ctx.hrefOf("/assets/"),
    assets: assetHrefs(ctx),
    noindex: ctx.preview || input.noindex === true || input.robots !== undefined,
    robots: ctx.preview ? undefined : input.robots,
    preview: ctx.preview,
    year: input.year ?? Number(ctx.now.ymd.slice(0, 4)),
  };
}

/**
 * The hreflang alternates of the page at `path` in `lang` (absolute): itself and each translation,
 * then `x-default`; none when no other language has it.
 */
export function alternatesOf(
  ctx: SiteContext,
  lang: Lang,
  path: string,
  translations: Partial<Record<Lang, string>> = {},
): PageChrome["alternates"] {
  const all: Partial<Record<Lang, string>> = { ...translations, [lang]: path };
  if (!ctx.config.languages.some((l) => l !== lang && all[l] !== undefined)) return [];
  return [
    ...ctx.config.languages
      .filter((l) => all[l] !== undefined)
      .map((l) => ({ hreflang: LANGUAGES[l].hreflang, href: ctx.absOf(all[l]!) })),
    {
      hreflang: "x-default",
      href: ctx.absOf(all[ctx.defaultLang] ?? ctx.routes.home(ctx.defaultLang)),
    },
  ];
}

/** Links to the fingerprinted stylesheet and icon (`/assets/site.<hash>.css`, with the base path). */
function assetHrefs(ctx: SiteContext): PageChrome["assets"] {
  const files = ctx.assets ?? PLAIN_ASSET_FILES;
  const of = (name: string): string => ctx.hrefOf(ctx.routes.asset(files[name] ?? name));
  return { css: of("site.css"), favicon: of("favicon.svg"), js: of("site.js") };
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
  /** `/assets/` with the base path. */
  assetsHref: string;
  /** The stylesheet, the icon and the site's script, by their fingerprinted names (with the base path). */
  assets: { css: string; favicon: string; js: string };
  noindex: boolean;
  /** The robots meta when it says more than `noindex` (thin tag pages: `noindex,follow`). */
  robots?: string;
  /** Open Graph and Twitter card fields. */
  social?: SocialMeta;
  /** JSON-LD objects, each written as one `<script type="application/ld+json">`. */
  structuredData?: JsonObject[];
  /** Preview build: show the banner. */
  preview: boolean;
  /** Copyright year, from the build clock. */
  year: number;
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

/** Fields every rendered page carries: where it goes and its frame. */
export interface PageBase {
  /** Output path relative to the site root, no base path: `/zh/news/2023/05/x/` or `/feed.xml`. */
  path: string;
  chrome: PageChrome;
}
