// The date archives of an edition: a page per year linking its months, and a page per month.
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { STRINGS } from "../strings.ts";
import type { SiteContext } from "./context.ts";
import type { Link } from "./link.ts";
import { listPages, type ListView } from "./lists.ts";

/** The date archives of one edition: `/<yyyy>/` (with links to its months) and `/<yyyy>/<mm>/`. */
export function archivePages(
  ctx: SiteContext,
  lang: Lang,
  byMonth: ReadonlyMap<string, readonly Article[]>,
  hasMonth: (l: Lang, ym: string) => boolean,
  footerLinks: Link[],
): ListView[] {
  const years = new Map<string, string[]>();
  for (const ym of byMonth.keys()) {
    const y = ym.slice(0, 4);
    const list = years.get(y);
    if (list) list.push(ym);
    else years.set(y, [ym]);
  }
  const others = ctx.config.languages.filter((l) => l !== lang);
  const out: ListView[] = [];
  for (const [y, months] of [...years].sort((a, b) => (a[0] < b[0] ? 1 : -1))) {
    months.sort().reverse();
    const titles = STRINGS[lang];
    out.push(
      ...listPages(ctx, {
        kind: "archive",
        lang,
        heading: titles.archiveYear(y),
        articles: months.flatMap((ym) => byMonth.get(ym) ?? []),
        pathOf: (n) => ctx.routes.archive(lang, y, undefined, n),
        translations: Object.fromEntries(
          others
            .filter((l) => months.some((ym) => hasMonth(l, ym)))
            .map((l) => [l, (n: number) => ctx.routes.archive(l, y, undefined, n)]),
        ),
        footerLinks,
        links: months.map((ym) => ({
          href: ctx.hrefOf(ctx.routes.archive(lang, y, ym.slice(5, 7))),
          label: titles.archiveMonth(y, ym.slice(5, 7)),
        })),
      }),
    );
    for (const ym of months) {
      const m = ym.slice(5, 7);
      out.push(
        ...listPages(ctx, {
          kind: "archive",
          lang,
          heading: titles.archiveMonth(y, m),
          articles: byMonth.get(ym) ?? [],
          pathOf: (n) => ctx.routes.archive(lang, y, m, n),
          translations: Object.fromEntries(
            others
              .filter((l) => hasMonth(l, ym))
              .map((l) => [l, (n: number) => ctx.routes.archive(l, y, m, n)]),
          ),
          footerLinks,
        }),
      );
    }
  }
  return out;
}
