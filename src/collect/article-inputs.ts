// What an article page is built from, picked out of the whole site first, and its page key: a
// hash of exactly those inputs, so plan can tell an unchanged article page without building its view.
import { createHash } from "node:crypto";
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { articleRail, type ArticleRail } from "./article-rail.ts";
import { bylineOf, type CollectedAuthors } from "./authors.ts";
import type { CollectedTags } from "./tags.ts";
import type { SiteContext } from "./context.ts";
import type { Link } from "./link.ts";
import { localText } from "./local-text.ts";
import { sectionKey, type ArticleGroups } from "./groups.ts";

/** Everything an article page links to, grouped once for the whole site. */
export interface ArticleLinks extends Pick<ArticleGroups, "bySection" | "sectionIndex"> {
  tags: CollectedTags;
  authors: CollectedAuthors;
  translations: Map<string, Map<Lang, Article>>;
  footerLinks: ReadonlyMap<Lang, Link[]>;
  /** Related articles per article. */
  related: Map<Article, Article[]>;
}

/** Everything an article page's view reads besides the site context (`articleViewOf` reads no more). */
export interface ArticleInputs {
  article: Article;
  /** The next older and next newer story of its section. */
  prev?: Link;
  next?: Link;
  /** Its related articles, ranked. */
  related: Link[];
  /** The rail: related cards (prev/next left out) and earlier stories of its section. */
  rail: ArticleRail;
  /** Its byline: each author's page path and name in the article's language. */
  authors: { path: string; label: string }[];
  /** Its tags, each once, as links. */
  tags: Link[];
  /** The same article in other languages (site paths). */
  translations: Partial<Record<Lang, string>>;
  /** The edition's footer links. */
  footer: Link[];
}

/** Picks the inputs of `a`'s page out of the site's links (cheap: no view is built). */
export function articleInputs(ctx: SiteContext, a: Article, links: ArticleLinks): ArticleInputs {
  const list = links.bySection.get(sectionKey(a.lang, a.section)) ?? [];
  const i = links.sectionIndex.get(a) ?? -1;
  const related = links.related.get(a) ?? [];
  const translations: Partial<Record<Lang, string>> = {};
  for (const [l, t] of a.translationKey ? (links.translations.get(a.translationKey) ?? []) : []) {
    if (t !== a) translations[l] = t.path;
  }
  const prev = i >= 0 ? list[i + 1] : undefined;
  const next = i > 0 ? list[i - 1] : undefined;
  return {
    article: a,
    ...(prev ? { prev: linkTo(prev) } : {}),
    ...(next ? { next: linkTo(next) } : {}),
    related: related.map(linkTo),
    rail: articleRail(ctx, list, i, related),
    authors: bylineOf(links.authors, a).map((info) => ({
      path: ctx.routes.author(a.lang, info.id),
      label: localText(info.name, a.lang, ctx.defaultLang),
    })),
    tags: uniqueTags(ctx, a, links),
    translations,
    footer: links.footerLinks.get(a.lang) ?? [],
  };
}

/** A headline link to an article. */
function linkTo(a: Article): Link {
  return { href: a.href, label: a.title };
}

/** The article's tags, each once (by merge key), linked to their pages. */
function uniqueTags(ctx: SiteContext, a: Article, links: ArticleLinks): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const raw of a.tags) {
    const info = links.tags.infoOf(raw);
    if (!info || seen.has(info.key)) continue;
    seen.add(info.key);
    out.push({ href: ctx.hrefOf(ctx.routes.tag(a.lang, info.slug)), label: info.labelIn(a.lang) });
  }
  return out;
}

/**
 * The page key of an article page: SHA-256 over the context's digest and the inputs, the article
 * by its own digest and each card by its digest (cards are shared). Two builds whose keys match
 * build the same view (the build clock is not an input: an article page reads no clock).
 */
export function articleKey(ctx: SiteContext, inputs: ArticleInputs): string {
  // The cards of the rail stand in by their digests (`sharedView`), the article by its own.
  const keyed = { ...inputs, article: articleDigest(inputs.article) };
  return createHash("sha256")
    .update(contextDigest(ctx))
    .update("\0")
    .update(JSON.stringify(keyed))
    .digest("hex");
}

/** Each article's digest, made once: its whole record (the body by its own digest). */
const articleDigests = new WeakMap<Article, string>();

/**
 * SHA-256 of everything an article holds (front matter, place, body digest, text figures, image)
 * but what only errors read: where its fields are written and its path as errors show it (relative
 * to the working folder), so a page is not rendered again for a blank line or another `cwd`.
 */
export function articleDigest(a: Article): string {
  let d = articleDigests.get(a);
  if (d === undefined) {
    const { fieldAt: _at, displayPath: _shown, ...rest } = a;
    d = createHash("sha256").update(JSON.stringify(rest)).digest("hex");
    articleDigests.set(a, d);
  }
  return d;
}

/** Each context's digest, made once. */
const contextDigests = new WeakMap<SiteContext, string>();

/**
 * SHA-256 of what an article view reads of the context: the site config (routes, texts, sections
 * and renditions derive from it), the preview flag and the asset names.
 */
export function contextDigest(ctx: SiteContext): string {
  let d = contextDigests.get(ctx);
  if (d === undefined) {
    const read = {
      config: ctx.config,
      preview: ctx.preview,
      assets: ctx.assets ?? null,
    };
    d = createHash("sha256").update(JSON.stringify(read)).digest("hex");
    contextDigests.set(ctx, d);
  }
  return d;
}
