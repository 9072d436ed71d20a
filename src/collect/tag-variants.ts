// W_TAG_VARIANT: unregistered tags that differ only by case, spacing or punctuation ("Cable car"
// beside "CableCar") make two tag pages for one subject; the hint gives the tags.yaml line merging them.
import { foldPath } from "../routes.ts";
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { TagRegistryEntry } from "../content/tag-registry.ts";
import type { CollectDeps } from "./deps.ts";
import { fieldLocation, formatLocation, type FieldLocation } from "./field-location.ts";
import type { CollectedTags, TagInfo } from "./tags.ts";

/**
 * The key without spaces and separating punctuation (dashes, `_`, `.`, `·`, `/`, apostrophes): `cable
 * car`, `cable-car` and `cablecar` agree; `c#` and `c` do not (`#`, `+` and `&` carry meaning).
 */
function compact(key: string): string {
  return key.replace(/[\s\p{Pd}\p{Pc}.·・/'’]+/gu, "");
}

/**
 * One warning per variant of an unregistered tag, located at the first place it is written and
 * naming the commonest spelling's place; variants whose slugs already collide are left to
 * `E_SLUG_COLLISION`. Registered tags (names and synonyms of tags.yaml) are never variants.
 */
export function tagVariants(
  tags: CollectedTags,
  registry: readonly TagRegistryEntry[],
  deps: Pick<CollectDeps, "tagKey">,
): ContentError[] {
  const registered = new Set(registry.flatMap((e) => [e.name, ...e.synonyms].map(deps.tagKey)));
  const groups = new Map<string, TagInfo[]>();
  for (const info of tags.byKey.values()) {
    if (registered.has(info.key)) continue;
    const c = compact(info.key);
    const group = groups.get(c);
    if (group) group.push(info);
    else groups.set(c, [info]);
  }
  const warnings: ContentError[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [main, ...variants] = [...group].sort(
      (a, b) => uses(b) - uses(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
    const mainAt = firstPlace(main!, deps);
    const line = `${JSON.stringify(main!.label)}: { synonyms: [${variants.map((v) => JSON.stringify(v.label)).join(", ")}] }`;
    for (const v of variants) {
      if (foldPath(v.slug) === foldPath(main!.slug)) continue;
      warnings.push({
        ...firstPlace(v, deps),
        code: "W_TAG_VARIANT",
        message: `tag "${v.label}" differs from "${main!.label}" (${formatLocation(mainAt)}) only by case, spacing or punctuation, so each gets its own tag page`,
        hint: `use one spelling, or merge them in tags.yaml: ${line}`,
      });
    }
  }
  return warnings;
}

/** How many articles carry the tag, in every language. */
function uses(info: TagInfo): number {
  let n = 0;
  for (const list of info.byLang.values()) n += list.length;
  return n;
}

/** The first place (by file, line, column) where one of the tag's spellings is written. */
function firstPlace(info: TagInfo, deps: Pick<CollectDeps, "tagKey">): FieldLocation {
  let best: FieldLocation | undefined;
  for (const list of info.byLang.values()) {
    for (const a of list) {
      const at = placeIn(a, info.key, deps);
      if (!best || before(at, best)) best = at;
    }
  }
  return best!;
}

/** Where article `a` writes the tag with merge key `key`: its item, else its `tags` key. */
function placeIn(a: Article, key: string, deps: Pick<CollectDeps, "tagKey">): FieldLocation {
  const i = a.tags.findIndex((t) => deps.tagKey(t) === key);
  return fieldLocation(a, i >= 0 ? `tags.${i}` : "tags");
}

function before(a: FieldLocation, b: FieldLocation): boolean {
  return a.file < b.file || (a.file === b.file && (a.line - b.line || a.col - b.col) < 0);
}
