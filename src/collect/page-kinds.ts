// The page-kind table: every kind of output file, where its views sit in SiteData, the template
// that renders it, its output path and whether it is a page. Render, verify, the collision check
// and the build summary all read this table; adding a kind means a row here, a view builder and a
// template.
import { outputFile } from "../routes.ts";
import type { SiteData } from "./site.ts";

/** One row of the table. */
export interface PageKind<V> {
  /** The views of this kind in the site model. */
  views: (site: SiteData) => readonly V[];
  /** The template in `src/pages/` that renders one view into one file. */
  template: string;
  /** The site path of a view's file (no base path). */
  path: (view: V) => string;
  /** HTML read by people: counted in the summary's pages and checked as HTML by verify. */
  page: boolean;
  /** The summary's count this kind adds to (`article`, `feed`…); a list page names its own kind. */
  label?: (view: V) => string;
  /** Who claims the path, for collision errors: a content file (`source`) or a generated name. */
  owner: (view: V) => { source: string; what?: string } | { generated: string };
}

/** Declares a row with its view type inferred from `views`. */
function kind<V>(row: PageKind<V>): PageKind<V> {
  return row;
}

const generated = (name: string) => () => ({ generated: name });

/** The content file redirect pages come from (`redirects.lock` at the content root). */
export const REDIRECTS_SOURCE = "redirects.lock";

/** Every page kind, keyed by the name templates paginate over (`pages.<name>`). */
export const PAGE_KINDS = {
  articlePages: kind({
    views: (s) => s.articlePages,
    template: "article.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: () => "article",
    owner: (v) => ({ source: v.source }),
  }),
  listPages: kind({
    views: (s) => s.listPages,
    template: "list.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: (v) => v.kind,
    owner: (v) => ({ generated: `generated ${v.kind} page` }),
  }),
  tagIndexPages: kind({
    views: (s) => s.tagIndexPages,
    template: "tag-index.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: () => "tagIndex",
    owner: generated("generated tag index"),
  }),
  plainPages: kind({
    views: (s) => s.plainPages,
    template: "page.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: () => "page",
    owner: (v) => ({ source: v.source }),
  }),
  notFoundPages: kind({
    views: (s) => s.notFoundPages,
    template: "not-found.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: () => "notFound",
    owner: generated("generated 404 page"),
  }),
  searchPages: kind({
    views: (s) => s.searchPages,
    template: "search.11ty.tsx",
    path: (v) => v.path,
    page: true,
    label: () => "search",
    owner: generated("generated search page"),
  }),
  atomFeeds: kind({
    views: (s) => s.feeds,
    template: "feed.11ty.ts",
    path: (v) => v.path,
    page: false,
    label: () => "feed",
    owner: (v) => ({ generated: `generated ${v.path}` }),
  }),
  jsonFeeds: kind({
    views: (s) => s.feeds,
    template: "json-feed.11ty.ts",
    path: (v) => v.jsonPath,
    page: false,
    owner: (v) => ({ generated: `generated ${v.jsonPath}` }),
  }),
  sitemaps: kind({
    views: (s) => s.sitemaps,
    template: "sitemap.11ty.ts",
    path: (v) => v.path,
    page: false,
    label: () => "sitemap",
    owner: (v) => ({ generated: `generated ${v.path}` }),
  }),
  sitemapIndex: kind({
    views: (s) => s.sitemapIndex,
    template: "sitemap-index.11ty.ts",
    path: (v) => v.path,
    page: false,
    label: () => "sitemap",
    owner: (v) => ({ generated: `generated ${v.path}` }),
  }),
  newsSitemaps: kind({
    views: (s) => s.newsSitemaps,
    template: "news-sitemap.11ty.ts",
    path: (v) => v.path,
    page: false,
    owner: (v) => ({ generated: `generated ${v.path}` }),
  }),
  redirectPages: kind({
    views: (s) => s.redirectPages,
    template: "redirect.11ty.tsx",
    path: (v) => v.path,
    page: false,
    // A redirect page's path is an old URL from redirects.lock: the lock is what to fix.
    owner: (v) => ({ source: REDIRECTS_SOURCE, what: `redirect to ${v.targetHref}` }),
  }),
  textFiles: kind({
    views: (s) => s.textFiles,
    template: "text.11ty.ts",
    path: (v) => v.path,
    page: false,
    owner: (v) => ({ generated: `generated ${v.path}` }),
  }),
};

/** The name of a page kind (and of its list in a render set). */
export type PageKindName = keyof typeof PAGE_KINDS;

/** The view type of a page kind. */
export type ViewOf<K extends PageKindName> = K extends PageKindName
  ? (typeof PAGE_KINDS)[K] extends PageKind<infer V>
    ? V
    : never
  : never;

/** Any row of the table, for code that walks every kind. */
type AnyRow = PageKind<ViewOf<PageKindName>>;

/** The row of a kind, typed for code that handles every kind alike. */
export function rowOf(name: PageKindName): AnyRow {
  return PAGE_KINDS[name] as unknown as AnyRow;
}

/** Every kind's name, in a stable order. */
export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS).sort() as PageKindName[];

/** One output file of the site: its kind, its view and its file path below the output root. */
export interface OutputFile {
  kind: PageKindName;
  view: ViewOf<PageKindName>;
  /** Output file relative to the root, e.g. `news/2023/05/x/index.html`. */
  file: string;
  /** Site path, e.g. `/news/2023/05/x/`. */
  path: string;
}

/** Every output file the model promises (media not included), kinds in stable order. */
export function outputFiles(site: SiteData): OutputFile[] {
  return outputFilesOf((name) => rowOf(name).views(site));
}

/** The output files of views grouped by kind (a whole site, or the dirty part of one). */
export function outputFilesOf(
  viewsOf: (name: PageKindName) => readonly ViewOf<PageKindName>[],
): OutputFile[] {
  const out: OutputFile[] = [];
  for (const name of PAGE_KIND_NAMES) {
    const row = rowOf(name);
    for (const view of viewsOf(name)) {
      const p = row.path(view);
      out.push({ kind: name, view, file: outputFile(p), path: p });
    }
  }
  return out;
}

/** The build summary's counts: pages by kind (`article`, `home`, `tag`…), feeds, sitemaps, media. */
export function pageCounts(site: SiteData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of outputFiles(site)) {
    const row = rowOf(f.kind);
    const label = row.label?.(f.view);
    if (label !== undefined) counts[label] = (counts[label] ?? 0) + 1;
  }
  counts.media = site.media.length;
  return counts;
}

/** The number of pages people read (the summary's "built N pages"). */
export function pagesBuilt(site: SiteData): number {
  return outputFiles(site).filter((f) => PAGE_KINDS[f.kind].page).length;
}
