// The pages one Eleventy run renders: every page of the site, or only the dirty ones of an
// incremental build. Each element is one output file, so a file is either rendered or carried over.
import {
  outputFilesOf,
  PAGE_KIND_NAMES,
  PAGE_KINDS,
  type PageKindName,
  type ViewOf,
} from "../collect/page-kinds.ts";
import type { SiteData } from "../collect/site.ts";

/** One list per page kind (the templates paginate over `pages.<kind>`); every element renders one file. */
export type RenderSet = { [K in PageKindName]: ViewOf<K>[] };

/** The name of a template's list in a render set. */
export type RenderList = PageKindName;

/** One file Eleventy would write: its list, its view and its output path. */
export interface RenderUnit {
  list: RenderList;
  item: ViewOf<RenderList>;
  file: string;
}

/** Every page of `site`. */
export function fullRenderSet(site: SiteData): RenderSet {
  const set = emptyRenderSet();
  for (const name of PAGE_KIND_NAMES)
    (set[name] as unknown[]) = [...PAGE_KINDS[name].views(site)] as unknown[];
  return set;
}

/** An empty render set, to be filled with the dirty units of an incremental build. */
export function emptyRenderSet(): RenderSet {
  return Object.fromEntries(PAGE_KIND_NAMES.map((k) => [k, []])) as unknown as RenderSet;
}

/** Every unit of a render set, with the file it renders to, in a stable order. */
export function renderUnits(set: RenderSet): RenderUnit[] {
  return outputFilesOf((name) => set[name]).map((f) => ({
    list: f.kind,
    item: f.view,
    file: f.file,
  }));
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
 * of a run in memory until it has written them all; chunks bound the peak.
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
