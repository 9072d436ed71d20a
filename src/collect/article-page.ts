// An article page as the site model keeps it: the few fields verify, sitemaps and search read, and
// its page key; the full view (chrome, JSON-LD, share links, rail) is built only when the page renders.
import type { Article } from "../content/article.ts";
import type { Stamp } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import { articleInputs, articleKey, type ArticleLinks } from "./article-inputs.ts";
import { articleFacts, articleViewOf, type ArticleView } from "./articles.ts";
import { imageView, type ImageView } from "./cards.ts";
import { alternatesOf, type PageChrome } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import type { Link } from "./link.ts";
import { keyedView } from "./page-keys.ts";

/** One article's page in the site model; `view()` builds what its template renders. */
export interface ArticlePage {
  path: string;
  source: string;
  lang: Lang;
  /** Absolute canonical URL and hreflang alternates (the sitemaps). */
  canonical: string;
  alternates: PageChrome["alternates"];
  date: Stamp;
  /** The latest change (updated, or the newest correction), ISO with offset: the sitemap's lastmod. */
  lastModified: string;
  /** The list pages a published article must be linked from (any page of each), for verify. */
  listedIn: ArticleView["listedIn"];
  /** Site path of its edition's Atom feed, which carries it while it is among the newest. */
  feed: string;
  draft: boolean;
  pending: boolean;
  /** What its search record files it under: section title, tags, byline, hero image. */
  section: string;
  tags: Link[];
  authors: Link[];
  image?: ImageView;
  /** Builds the page's view (each call anew: a page renders once, and the view is not kept). */
  view(): ArticleView;
}

/**
 * The page of article `a`, keyed by its inputs (`article-inputs.ts`): plan decides from the key
 * whether it renders, so a build that renders few pages builds few views.
 */
export function articlePage(ctx: SiteContext, a: Article, links: ArticleLinks): ArticlePage {
  const inputs = articleInputs(ctx, a, links);
  const facts = articleFacts(ctx, inputs);
  const page: ArticlePage = {
    path: a.path,
    source: a.source,
    lang: a.lang,
    canonical: ctx.absOf(a.path),
    alternates: alternatesOf(ctx, a.lang, a.path, inputs.translations),
    date: a.date,
    lastModified: facts.lastModified,
    listedIn: facts.listedIn,
    feed: facts.feed,
    draft: a.draft,
    pending: a.status === "pending",
    section: facts.section.label,
    tags: inputs.tags,
    authors: facts.authors,
    ...(a.image ? { image: imageView(ctx, a.image) } : {}),
    view: () => articleViewOf(ctx, inputs),
  };
  return keyedView(page, articleKey(ctx, inputs));
}
