// When the output next changes with the clock alone: the build clock reaches an embargo, an expiry
// or a featured article's end, the site's date turns (front-page date line, footer year), or an
// article enters or leaves the news sitemap's window.
import type { Article } from "../content/article.ts";
import { DateTime } from "luxon";
import type { Stamp } from "../content/values.ts";
import type { SiteContext } from "./context.ts";
import { NEWS_WINDOW_MS } from "./news-sitemap-model.ts";
import type { SiteData } from "./site.ts";

/**
 * The first instant (epoch ms) after `ctx.now` at which a build of the same content would write
 * different bytes; `ctx.now` itself when the output holds the clock's exact time (an empty feed's
 * `updated`), so no later build can reuse it.
 */
export function nextClockChange(
  ctx: SiteContext,
  shown: readonly Article[],
  site: Pick<SiteData, "feeds">,
  next: Stamp | undefined,
): number {
  const now = ctx.now.ms;
  if (site.feeds.some((f) => f.updated === ctx.now.iso)) return now;
  // The site's date turns at midnight in its zone.
  const zone = ctx.config.timeZone;
  let until = DateTime.fromMillis(now, { zone }).startOf("day").plus({ days: 1 }).toMillis();
  if (next && next.ms < until) until = next.ms;
  for (const a of shown) {
    for (const t of [a.date.ms, a.date.ms + NEWS_WINDOW_MS]) if (t > now && t < until) until = t;
  }
  return until;
}
