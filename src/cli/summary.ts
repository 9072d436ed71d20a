// The lines a person reads after a build or check: the one-line summary, the nothing-lost figure
// and, behind --verbose, the totals of every page kind, body and output file.
import type { BuildReport } from "../report.ts";

/** `1 draft`, `2 drafts`: a count with its noun, singular or plural. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** Every output file: rendered plus carried over plus media plus the search index (site assets and host recipes not counted). */
export function outputFileCount(report: BuildReport): number {
  const { rendered, carried, search } = report.files;
  return rendered + carried + (report.pages.media ?? 0) + (search ?? 0);
}

/** Seconds for people: one decimal (`1.4 s`), two under a tenth (`0.04 s`). */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(seconds < 0.1 ? 2 : 1)} s`;
}

/**
 * The last line of a successful run, e.g.
 * `built 146 pages (326 files) from 22 articles in 1.4 s — 1 draft, 1 scheduled, 0 warnings`
 * (`up to date (nothing changed since the last build): 146 pages …` when the build had nothing to do).
 */
export function summaryLine(report: BuildReport, command: "build" | "check"): string {
  const a = report.articles;
  const pages = plural(report.pagesBuilt, "page");
  const files = plural(outputFileCount(report), "file");
  const what =
    command === "check"
      ? `checked ${pages}`
      : report.upToDate
        ? `up to date (nothing changed since the last build): ${pages} (${files})`
        : `built ${pages} (${files})`;
  const counts = [
    plural(a.drafts, "draft"),
    `${a.pending} scheduled`,
    ...(a.expired > 0 ? [`${a.expired} expired`] : []),
    plural(report.warnings.length, "warning"),
  ];
  const took = formatSeconds(report.seconds.total ?? 0);
  return `${what} from ${plural(a.published, "article")} in ${took} — ${counts.join(", ")}`;
}

/** The nothing-lost figure: every published article has its page (`published in N = article pages out N`). */
export function nothingLostLine(report: BuildReport): string {
  return `published in ${report.articles.published} = article pages out ${report.pages.article ?? 0}`;
}

/** The stage details `--verbose` adds: page kinds, bodies, files and peak memory. */
export function totalsLine(report: BuildReport): string {
  const kinds = Object.entries(report.pages)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  return [
    `totals   ${kinds}`,
    `bodies ${report.bodies.cached} cached / ${report.bodies.rendered} rendered`,
    `files ${report.files.rendered} rendered / ${report.files.carried} carried over`,
    `peak RSS ${report.rssMb.peak ?? 0} MB`,
  ].join("; ");
}
