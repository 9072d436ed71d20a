// The latest change of an article: what dateModified, article:modified_time, Atom <updated> and the
// sitemap lastmod all show.
import type { Article } from "../content/article.ts";
import type { Stamp } from "../content/values.ts";

/** The latest of `updated` and the corrections' times, else the publication date. */
export function lastModified(a: Article): Stamp {
  let best = a.updated ?? a.date;
  for (const c of a.corrections) if (c.at.ms > best.ms) best = c.at;
  return best;
}
