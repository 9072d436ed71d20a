// Builds the frame of a page: title, canonical, alternates, navigation, language switch.
import { LANGUAGES } from "../routes.ts";
import type { Lang, Link, PageChrome } from "../types.ts";
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
  noindex?: boolean;
}

/** The `PageChrome` of one page. */
export function makeChrome(ctx: SiteContext, input: ChromeInput): PageChrome {
  const { lang, path } = input;
  const siteTitle = ctx.text(ctx.config.title, lang);
  const translations: Partial<Record<Lang, string>> = { ...input.translations, [lang]: path };
  const others = ctx.config.languages.filter((l) => l !== lang);
  const hasAll = others.some((l) => translations[l] !== undefined);
  const alternates = hasAll
    ? [
        ...ctx.config.languages
          .filter((l) => translations[l] !== undefined)
          .map((l) => ({ hreflang: LANGUAGES[l].hreflang, href: ctx.absOf(translations[l]!) })),
        {
          hreflang: "x-default",
          href: ctx.absOf(translations[ctx.defaultLang] ?? ctx.routes.home(ctx.defaultLang)),
        },
      ]
    : [];
  return {
    lang,
    htmlLang: LANGUAGES[lang].html,
    title: input.title ? `${input.title} – ${siteTitle}` : siteTitle,
    description: input.description || ctx.text(ctx.config.description, lang) || siteTitle,
    canonical: ctx.absOf(path),
    alternates,
    feeds: [{ href: ctx.hrefOf(ctx.routes.feed(lang)), title: siteTitle }],
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
    noindex: ctx.preview || input.noindex === true,
    preview: ctx.preview,
    year: Number(ctx.now.ymd.slice(0, 4)),
  };
}
