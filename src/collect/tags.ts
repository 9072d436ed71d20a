// Groups articles by tag in one pass: merge spellings, pick labels, give slugs, catch collisions.
import type { Article, ContentError, Lang, SiteConfig } from "../types.ts";
import type { CollectDeps } from "./deps.ts";

/** One tag across the site: its merge key, URL slug, label, and its articles per language. */
export interface TagInfo {
  key: string;
  slug: string;
  label: string;
  byLang: Map<Lang, Article[]>;
}

/** Result of grouping: tags by merge key and the problems found (slug collisions). */
export interface CollectedTags {
  byKey: Map<string, TagInfo>;
  errors: ContentError[];
}

/**
 * Groups `articles` (already newest first) by tag. Spellings equal after `tagKey` merge; the label is
 * the commonest spelling without `#` (ties: lowest code point); two keys with one slug fail.
 */
export function collectTags(
  articles: readonly Article[],
  config: SiteConfig,
  deps: CollectDeps,
  displayPath: (source: string) => string,
): CollectedTags {
  const byKey = new Map<string, TagInfo>();
  const spellings = new Map<string, Map<string, number>>();
  const firstSource = new Map<string, string>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const raw of a.tags) {
      const key = deps.tagKey(raw);
      if (seen.has(key)) continue;
      seen.add(key);
      let info = byKey.get(key);
      if (!info) {
        info = { key, slug: deps.slugify(key, config.slugStyle), label: "", byLang: new Map() };
        byKey.set(key, info);
        spellings.set(key, new Map());
        firstSource.set(key, a.source);
      }
      const list = info.byLang.get(a.lang);
      if (list) list.push(a);
      else info.byLang.set(a.lang, [a]);
      const spelled = raw.trim().replace(/^#/, "").replace(/\s+/g, " ");
      const counts = spellings.get(key)!;
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
    }
  }
  for (const [key, info] of byKey) info.label = commonest(spellings.get(key)!);
  return { byKey, errors: slugCollisions(byKey, firstSource, displayPath) };
}

function commonest(counts: Map<string, number>): string {
  let best = "";
  let bestN = -1;
  for (const [s, n] of counts) {
    if (n > bestN || (n === bestN && s < best)) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

function slugCollisions(
  byKey: Map<string, TagInfo>,
  firstSource: Map<string, string>,
  displayPath: (source: string) => string,
): ContentError[] {
  const bySlug = new Map<string, TagInfo>();
  const errors: ContentError[] = [];
  for (const info of byKey.values()) {
    const folded = info.slug.normalize("NFC").toLowerCase();
    const other = bySlug.get(folded);
    if (!other) {
      bySlug.set(folded, info);
      continue;
    }
    const mine = firstSource.get(info.key)!;
    const theirs = firstSource.get(other.key)!;
    errors.push({
      file: displayPath(mine),
      line: 1,
      col: 1,
      code: "E_SLUG_COLLISION",
      message: `tags "${other.label}" and "${info.label}" → /tags/${info.slug}/ (${displayPath(theirs)}, ${displayPath(mine)})`,
      hint: "use one spelling for both, or make one a synonym of the other in tags.yaml",
    });
  }
  return errors;
}
