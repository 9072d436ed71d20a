// Groups articles by tag in one pass: merge spellings and registry synonyms, pick labels, give
// slugs, catch near-duplicates of registered tags and slug collisions.
import { fieldLocation, formatLocation, type FieldLocation } from "./field-location.ts";
import { foldPath, isDeviceName } from "../routes.ts";
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { TagRegistryEntry } from "../content/tag-registry.ts";
import type { LocalText } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import type { CollectDeps } from "./deps.ts";
import { localText } from "./local-text.ts";

/** One tag across the site: its merge key, URL slug, labels, and its articles per language. */
export interface TagInfo {
  key: string;
  slug: string;
  /** The label when no per-language one is registered. */
  label: string;
  /** The label in one edition (the registry's, else `label`). */
  labelIn(lang: Lang): string;
  /** The registry's description, shown on the tag page. */
  description?: LocalText;
  byLang: Map<Lang, Article[]>;
}

/** Result of grouping: tags by merge key, a resolver for spellings, and the problems found. */
export interface CollectedTags {
  byKey: Map<string, TagInfo>;
  /** The tag a spelling as written belongs to (synonyms resolved). */
  infoOf(raw: string): TagInfo | undefined;
  errors: ContentError[];
}

/** Letters and digits only, case-folded: `java script`, `Java-Script` and `JavaScript` agree. */
function compact(key: string): string {
  return key.replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Groups `articles` (already newest first) by tag. Spellings equal after `tagKey`, and registry
 * synonyms, merge; the label is the registry's, else the commonest spelling without `#` (ties:
 * lowest code point); an unregistered tag equal to a registered one but for spaces or punctuation
 * fails (`E_TAG_NEAR_DUP`); two keys with one slug fail (`E_SLUG_COLLISION`).
 */
export function collectTags(
  articles: readonly Article[],
  config: SiteConfig,
  deps: CollectDeps,
  registry: readonly TagRegistryEntry[] = [],
): CollectedTags {
  const defaultLang = config.languages[0]!;
  const { canonical, byCompact } = indexRegistry(registry, deps);
  const byKey = new Map<string, TagInfo>();
  const spellings = new Map<string, Map<string, number>>();
  /** Where each tag is first written: the article and the item's place. */
  const firstSource = new Map<string, FieldLocation>();
  const errors: ContentError[] = [];
  const slugs = new Map<string, string>();
  const slugOf = (key: string): string => {
    let slug = slugs.get(key);
    if (slug === undefined) slugs.set(key, (slug = tagSlug(deps.slugify(key, config.slugStyle))));
    return slug;
  };
  const keyOf = (raw: string): string => {
    const k = deps.tagKey(raw);
    const e = canonical.get(k);
    return e ? deps.tagKey(e.name) : k;
  };
  for (const a of articles) {
    const seen = new Set<string>();
    for (const [i, raw] of a.tags.entries()) {
      const key = keyOf(raw);
      if (seen.has(key)) continue;
      seen.add(key);
      const slug = slugOf(key);
      const near = canonical.has(deps.tagKey(raw)) ? undefined : byCompact.get(compact(key));
      const refused = refusal(fieldLocation(a, `tags.${i}`), raw.trim(), near);
      if (refused) {
        errors.push(refused);
        continue;
      }
      let info = byKey.get(key);
      if (!info) {
        const entry = canonical.get(key);
        const made: TagInfo = {
          key,
          slug,
          label: "",
          labelIn: (lang) =>
            entry?.label ? localText(entry.label, lang, defaultLang) : made.label,
          description: entry?.description,
          byLang: new Map(),
        };
        info = made;
        byKey.set(key, info);
        spellings.set(key, new Map());
        firstSource.set(key, fieldLocation(a, `tags.${i}`));
      }
      const list = info.byLang.get(a.lang);
      if (list) list.push(a);
      else info.byLang.set(a.lang, [a]);
      const spelled = hashtagWords(raw.trim()).replace(/\s+/g, " ");
      const counts = spellings.get(key)!;
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
    }
  }
  for (const [key, info] of byKey) {
    const entry = canonical.get(key);
    info.label = entry
      ? entry.label
        ? localText(entry.label, defaultLang, defaultLang)
        : entry.name.replace(/^#/, "")
      : commonest(spellings.get(key)!);
  }
  errors.push(...slugCollisions(byKey, firstSource));
  return { byKey, infoOf: (raw) => byKey.get(keyOf(raw)), errors };
}

/** The registry's spellings by tag key, and by key without spaces or punctuation. */
function indexRegistry(registry: readonly TagRegistryEntry[], deps: CollectDeps) {
  const canonical = new Map<string, TagRegistryEntry>();
  const byCompact = new Map<string, TagRegistryEntry>();
  for (const e of registry) {
    for (const spelling of [e.name, ...e.synonyms]) {
      canonical.set(deps.tagKey(spelling), e);
      byCompact.set(compact(deps.tagKey(spelling)), e);
    }
  }
  return { canonical, byCompact };
}

/**
 * A tag's folder name: its slug, or `<slug>-tag` when the slug is a Windows device name (`aux`,
 * `con`: real words and tags, but no folder may take the name on Windows).
 */
function tagSlug(slug: string): string {
  return isDeviceName(slug) ? `${slug}-tag` : slug;
}

/** Why a tag as written is refused: it nearly equals a registered tag. */
function refusal(
  at: FieldLocation,
  tag: string,
  near: TagRegistryEntry | undefined,
): ContentError | undefined {
  if (near)
    return {
      ...at,
      code: "E_TAG_NEAR_DUP",
      message: `tag "${tag}" is a near-duplicate of the registered tag "${near.name}"`,
      hint: `did you mean "${near.name}"? (or list "${tag}" under its synonyms in tags.yaml)`,
    };
  return undefined;
}

/**
 * A label from a spelling: `#` dropped, and a hashtag of capitalised words spaced out
 * (`#HongKong` → `Hong Kong`); `#iPhone`, `#AI` or `#COVID19` stay as written. The URL is the key's.
 */
export function hashtagWords(spelling: string): string {
  return /^#(?:[A-Z][a-z]+){2,}$/.test(spelling)
    ? spelling.slice(1).replace(/(?<=[a-z])(?=[A-Z])/g, " ")
    : spelling.replace(/^#/, "");
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
  firstSource: Map<string, FieldLocation>,
): ContentError[] {
  const bySlug = new Map<string, TagInfo>();
  const errors: ContentError[] = [];
  for (const info of byKey.values()) {
    const folded = foldPath(info.slug);
    const other = bySlug.get(folded);
    if (!other) {
      bySlug.set(folded, info);
      continue;
    }
    const mine = firstSource.get(info.key)!;
    const theirs = firstSource.get(other.key)!;
    errors.push({
      ...mine,
      code: "E_SLUG_COLLISION",
      message: `tags "${other.label}" and "${info.label}" → /tags/${info.slug}/ (${formatLocation(theirs)}, ${formatLocation(mine)})`,
      hint: `use one spelling for both, or make one a synonym of the other in tags.yaml: ${JSON.stringify(info.label)}: { synonymOf: ${JSON.stringify(other.label)} }`,
    });
  }
  return errors;
}
