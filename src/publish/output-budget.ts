// The output budget: a staged tree bigger than a fixed allowance per published article plus a
// base is refused before the swap, naming what takes the space (so one pull request cannot fill
// the CI disk with tag pages and feeds).
import { statSync } from "node:fs";
import path from "node:path";
import { contentError, type ContentError } from "../content/errors.ts";
import { SEARCH_FOLDER } from "../routes.ts";

/** How many bytes a build may write: `perArticle` for each published article, plus `base`. */
export interface OutputBudget {
  perArticle: number;
  base: number;
}

/** The default budget: 200 KB per published article + 50 MB (list pages, feeds, sitemaps). */
export const DEFAULT_BUDGET: OutputBudget = { perArticle: 200 * 1024, base: 50 * 2 ** 20 };

/** Pagefind's browser runtime and our search script: fixed copies like the assets (the index counts). */
const SEARCH_RUNTIME = new RegExp(
  `^${SEARCH_FOLDER}/(?:[a-z]+/\\d{4}/)?(?:pagefind\\.js|pagefind-worker\\.js|search\\.js|wasm\\.[\\w-]+\\.pagefind)$`,
);

/** How many contributors the error names. */
const SHOWN = 5;

/**
 * The budget error for the staged tree's generated files (media and assets not counted), or
 * undefined when they fit. Files are grouped by what they
 * come from: an article's or page's source (`sourceOf`), else the list they belong to
 * (`tags/<slug>/`, `zh/authors/<id>/`), else the file itself.
 */
export function checkOutputBudget(
  staging: string,
  files: ReadonlySet<string>,
  opts: {
    budget: OutputBudget;
    articles: number;
    sourceOf: (file: string) => string | undefined;
    displayPath: (source: string) => string;
  },
): ContentError | undefined {
  const limit = opts.budget.base + opts.budget.perArticle * opts.articles;
  const bySource = new Map<string, number>();
  const sourceOfGroup = new Map<string, string>();
  let total = 0;
  for (const f of files) {
    // Media and assets are copies of files capped one by one when they are read: a photo-led site
    // must not run out of budget. The budget bounds what the build generates.
    if (f.startsWith("media/") || f.startsWith("assets/") || SEARCH_RUNTIME.test(f)) continue;
    const size = statSync(path.join(staging, f)).size;
    total += size;
    const source = opts.sourceOf(f);
    const group = source ? opts.displayPath(source) : listGroup(f);
    if (source) sourceOfGroup.set(group, source);
    bySource.set(group, (bySource.get(group) ?? 0) + size);
  }
  if (total <= limit) return undefined;
  const largest = [...bySource].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = largest.slice(0, SHOWN).map(([g, n]) => `${g} ${formatBytes(n)}`);
  const byKind = kindTotals(bySource, sourceOfGroup);
  const firstSource = largest.find(([g]) => sourceOfGroup.has(g))?.[0];
  return contentError(
    firstSource ?? `<output>/${largest[0]?.[0] ?? ""}`,
    "E_OUTPUT_BUDGET",
    `the output is ${formatBytes(total)}, over its budget of ${formatBytes(limit)} (${formatBytes(opts.budget.perArticle)} per published article + ${formatBytes(opts.budget.base)}); largest: ${top.join(", ")}; by kind: ${byKind}`,
    "fewer tags or authors per article, or smaller bodies; BROADSHEET_OUTPUT_BUDGET_MB raises the base",
  );
}

/** The list a file belongs to (`tags/x/`, `zh/authors/y/`), or its first folder, or the file. */
function listGroup(file: string): string {
  const m = /^((?:[a-z]{2}(?:-[a-z]+)?\/)?(?:tags|authors)\/[^/]+\/)/.exec(file);
  if (m) return m[1]!;
  const slash = file.indexOf("/");
  return slash < 0 ? file : file.slice(0, slash + 1);
}

/** Totals by kind: tag lists, author lists, article and page sources, the rest. */
function kindTotals(groups: ReadonlyMap<string, number>, sources: ReadonlyMap<string, string>) {
  const kinds = new Map<string, number>();
  for (const [g, n] of groups) {
    const kind = sources.has(g)
      ? "articles and pages"
      : /(?:^|\/)tags\//.test(g)
        ? "tag lists and feeds"
        : /(?:^|\/)authors\//.test(g)
          ? "author lists and feeds"
          : "other";
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${formatBytes(n)}`)
    .join(", ");
}

/** Bytes for people: `812 B`, `34.1 KB`, `1.2 GB` (powers of 1024). */
export function formatBytes(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) [v, u] = [v / 1024, u + 1];
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${units[u]}`;
}

/**
 * The budget from the environment: `BROADSHEET_OUTPUT_BUDGET_MB` replaces the 50 MB base and
 * `BROADSHEET_OUTPUT_BUDGET_PER_ARTICLE_KB` the 200 KB per article (tests use small values).
 */
export function budgetFromEnv(env: NodeJS.ProcessEnv = process.env): OutputBudget {
  const num = (v: string | undefined, scale: number, dflt: number): number => {
    const n = v === undefined ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n * scale : dflt;
  };
  return {
    base: num(env.BROADSHEET_OUTPUT_BUDGET_MB, 2 ** 20, DEFAULT_BUDGET.base),
    perArticle: num(env.BROADSHEET_OUTPUT_BUDGET_PER_ARTICLE_KB, 1024, DEFAULT_BUDGET.perArticle),
  };
}
