// The pages one Eleventy run renders: every page of the site, or only the dirty ones of an
// incremental build. Each element is one output file, so a file is either rendered or carried over.
import { outputFile } from "../routes.ts";
import type { FeedView } from "../collect/feed-model.ts";
import type { SiteData } from "../collect/site-data.ts";
import type { SitemapIndexView } from "../collect/sitemap-model.ts";

/** One list per template; every element renders exactly one file. */
export interface RenderSet {
  articlePages: SiteData["articlePages"];
  listPages: SiteData["listPages"];
  tagIndexPages: SiteData["tagIndexPages"];
  plainPages: SiteData["plainPages"];
  notFoundPages: SiteData["notFoundPages"];
  /** Atom feeds (`feed.xml`). */
  atomFeeds: FeedView[];
  /** JSON Feed twins (`feed.json`) of the same views. */
  jsonFeeds: FeedView[];
  sitemaps: SiteData["sitemaps"];
  sitemapIndex: SitemapIndexView[];
  newsSitemaps: SiteData["newsSitemaps"];
  redirectPages: SiteData["redirectPages"];
  textFiles: SiteData["textFiles"];
}

/** The name of a template's list in a render set. */
export type RenderList = keyof RenderSet;

/** One file Eleventy would write: its list, its view and its output path. */
export interface RenderUnit {
  list: RenderList;
  item: RenderSet[RenderList][number];
  file: string;
}

/** Every page of `site`. */
export function fullRenderSet(site: SiteData): RenderSet {
  return {
    articlePages: site.articlePages,
    listPages: site.listPages,
    tagIndexPages: site.tagIndexPages,
    plainPages: site.plainPages,
    notFoundPages: site.notFoundPages,
    atomFeeds: site.feeds,
    jsonFeeds: site.feeds,
    sitemaps: site.sitemaps,
    sitemapIndex: [site.sitemapIndex],
    newsSitemaps: site.newsSitemaps,
    redirectPages: site.redirectPages,
    textFiles: site.textFiles,
  };
}

/** An empty render set, to be filled with the dirty units of an incremental build. */
export function emptyRenderSet(): RenderSet {
  return {
    articlePages: [],
    listPages: [],
    tagIndexPages: [],
    plainPages: [],
    notFoundPages: [],
    atomFeeds: [],
    jsonFeeds: [],
    sitemaps: [],
    sitemapIndex: [],
    newsSitemaps: [],
    redirectPages: [],
    textFiles: [],
  };
}

/** Every unit of a render set, with the file it renders to, in a stable order. */
export function renderUnits(set: RenderSet): RenderUnit[] {
  const units: RenderUnit[] = [];
  for (const list of Object.keys(set).sort() as RenderList[]) {
    for (const item of set[list]) {
      const p = list === "jsonFeeds" ? (item as FeedView).jsonPath : item.path;
      units.push({ list, item, file: outputFile(p) });
    }
  }
  return units;
}

/** Adds one unit to a render set. */
export function addUnit(set: RenderSet, unit: RenderUnit): void {
  (set[unit.list] as RenderUnit["item"][]).push(unit.item);
}

/** The number of files a render set renders. */
export function renderSetSize(set: RenderSet): number {
  return Object.values(set).reduce((n, list: unknown[]) => n + list.length, 0);
}

/**
 * Splits a render set into sets of at most `size` files, in list order. Eleventy holds every page
 * of a run in memory until it has written them all; chunks bound the peak (PERF-4).
 */
export function chunkRenderSet(set: RenderSet, size: number): RenderSet[] {
  const chunks: RenderSet[] = [];
  let current = emptyRenderSet();
  let count = 0;
  for (const unit of renderUnits(set)) {
    if (count === size) {
      chunks.push(current);
      current = emptyRenderSet();
      count = 0;
    }
    addUnit(current, unit);
    count++;
  }
  if (count > 0) chunks.push(current);
  return chunks;
}
