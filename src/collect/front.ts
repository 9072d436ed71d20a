// The fronts: the home page's lead, secondary leads, section fronts and latest rail, and a section
// page's own lead; each story at most once. `featured` leads until `featuredUntil` (or a default).
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import type { ArticleCard } from "./cards.ts";
import { toCard } from "./cards.ts";
import type { SiteContext } from "./context.ts";
import { dateLine } from "./card-date.ts";
import type { Link } from "./link.ts";

/** Hours a featured article leads after its date when site.yaml does not say. */
export const DEFAULT_FEATURED_HOURS = 48;
/** Secondary leads under the lead story. */
export const SECONDARY_LEADS = 4;
/** Headlines under a section front's top story. */
export const SECTION_HEADLINES = 3;
/** Fewest stories in the latest rail (when there are that many left). */
export const LATEST_MIN = 6;

/** One section on the home page: its top story and a few headlines. */
export interface SectionFront {
  section: Link;
  top: ArticleCard;
  headlines: ArticleCard[];
}

/** A front page's blocks: every story in one of them at most once. */
export interface FrontView {
  /** The edition's date on the build clock, in the site zone. */
  dateLine: string;
  lead?: ArticleCard;
  secondary: ArticleCard[];
  /** Home only: one block per section with stories left. */
  sections: SectionFront[];
  /** Home only: the newest stories not shown above. */
  latest: ArticleCard[];
}

/** Whether `a` still leads at the build clock: featured, and before its `featuredUntil`. */
export function isFeaturedNow(ctx: SiteContext, a: Article): boolean {
  if (!a.featured) return false;
  const hours = ctx.config.featuredHours ?? DEFAULT_FEATURED_HOURS;
  const until = a.featuredUntil?.ms ?? a.date.ms + hours * 3_600_000;
  return ctx.now.ms < until;
}

/** The lead of a list (newest first): the newest article still featured, else the newest. */
export function leadOf(ctx: SiteContext, articles: readonly Article[]): Article | undefined {
  return articles.find((a) => isFeaturedNow(ctx, a)) ?? articles[0];
}

/**
 * The home page front. `rest` is every article but the lead, newest first; `pageOne` how many of
 * them page 1 lists: each of those is on the front (secondary, a section or the latest rail).
 */
export function homeFront(
  ctx: SiteContext,
  lang: Lang,
  lead: Article | undefined,
  rest: readonly Article[],
  pageOne: number,
): FrontView {
  const shown = new Set<Article>();
  const take = (list: readonly Article[]): ArticleCard[] =>
    list.map((a) => (shown.add(a), toCard(ctx, a)));
  const secondary = take(rest.slice(0, SECONDARY_LEADS));
  const left = (list: readonly Article[]) => list.filter((a) => !shown.has(a));
  // The rail first, so it holds the newest stories; what page 1 lists is all on the front.
  const pending = left(rest.slice(0, pageOne));
  const latest = take([
    ...pending,
    ...left(rest.slice(pageOne)).slice(0, Math.max(0, LATEST_MIN - pending.length)),
  ]);
  const sections: SectionFront[] = [];
  for (const s of ctx.config.sections) {
    const own = left(rest).filter((a) => a.section === s.id);
    if (own.length === 0) continue;
    const [top, ...headlines] = take(own.slice(0, 1 + SECTION_HEADLINES));
    sections.push({
      section: {
        href: ctx.hrefOf(ctx.routes.section(lang, s.id)),
        label: ctx.sectionTitle(s.id, lang),
      },
      top: top!,
      headlines,
    });
  }
  return {
    dateLine: dateLine(ctx.now, lang),
    lead: lead && toCard(ctx, lead),
    secondary,
    sections,
    latest,
  };
}

/** A section page 1's front: its lead and up to three secondary leads; `items` keeps the rest. */
export function sectionFront(
  ctx: SiteContext,
  lang: Lang,
  items: readonly Article[],
): { front: FrontView; rest: Article[] } {
  const lead = leadOf(ctx, items);
  const others = items.filter((a) => a !== lead);
  const secondary = others.slice(0, 3);
  return {
    front: {
      dateLine: dateLine(ctx.now, lang),
      lead: lead && toCard(ctx, lead),
      secondary: secondary.map((a) => toCard(ctx, a)),
      sections: [],
      latest: [],
    },
    rest: others.slice(3),
  };
}
