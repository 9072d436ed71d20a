// Reads the optional tags.yaml registry: canonical names with synonyms, per-language labels
// and a description, and `synonymOf` entries that merge a variant (台風) into a canonical tag (台风).
import * as z from "zod";
import type { ContentError } from "./errors.ts";
import type { SiteConfig } from "./site-config.ts";
import type { LocalText } from "./values.ts";
import { sortContentErrors } from "./errors.ts";
import { fail, localText, text } from "./fields.ts";
import { issuesToErrors } from "./issues.ts";
import type { SourceFile } from "./load.ts";
import { readConfigYaml } from "./site-config.ts";
import { tagKey } from "./slugs.ts";

/** The tags.yaml schema: name → { label?, description?, synonyms? } or { synonymOf }. */
export function tagRegistrySchema(config: SiteConfig) {
  const name = text({ max: 64, code: "E_TAG_INVALID" });
  const entry = z.union([
    z.strictObject({ synonymOf: name }),
    z.strictObject({
      label: localText(config.languages, { max: 64 }).optional(),
      description: localText(config.languages, { max: 1000, multiline: true }).optional(),
      synonyms: z.array(name).optional(),
    }),
  ]);
  return z.record(z.string(), z.union([entry, z.null()])).transform((map, ctx) => {
    const owner = new Map<string, string>();
    const claim = (spelling: string, by: string, at: PropertyKey[]): void => {
      const k = tagKey(spelling);
      const first = owner.get(k);
      if (first !== undefined && first !== by)
        fail(
          ctx,
          `"${spelling}" is claimed by "${first}" and "${by}"`,
          { code: "E_TAG_INVALID", hint: "list each spelling under one tag only", bare: true },
          at,
        );
      owner.set(k, by);
    };
    for (const [n, e] of Object.entries(map)) {
      if (!/\p{L}/u.test(n))
        fail(
          ctx,
          `tag "${n}" has no letter`,
          { code: "E_TAG_INVALID", hint: "a tag needs at least one letter", at: "key", bare: true },
          [n],
        );
      if (e && "synonymOf" in e) continue;
      claim(n, n, [n]);
      (e?.synonyms ?? []).forEach((s, i) => claim(s, n, [n, "synonyms", i]));
    }
    for (const [n, e] of Object.entries(map)) {
      if (!e || !("synonymOf" in e)) continue;
      // Own entries only: `toString`, `constructor` or `__proto__` must not find Object.prototype's.
      const target = Object.hasOwn(map, e.synonymOf) ? map[e.synonymOf] : undefined;
      if (target === undefined || (target && "synonymOf" in target)) {
        fail(
          ctx,
          `synonymOf "${e.synonymOf}" is not a canonical tag of tags.yaml`,
          {
            code: "E_TAG_INVALID",
            hint: "point synonymOf at an entry that has no synonymOf itself",
            bare: true,
          },
          [n, "synonymOf"],
        );
        continue;
      }
      claim(n, e.synonymOf, [n]);
    }
    return map;
  });
}

/** Parses tags.yaml (absent → an empty registry); every problem of the file is returned together. */
export function parseTagRegistry(
  file: SourceFile | undefined,
  config: SiteConfig,
): { ok: true; entries: TagRegistryEntry[] } | { ok: false; errors: ContentError[] } {
  if (file === undefined) return { ok: true, entries: [] };
  const read = readConfigYaml(file);
  if (!read.ok) return read;
  const { data, tree } = read;
  const schema = tagRegistrySchema(config);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: sortContentErrors(
        issuesToErrors(parsed.error.issues, { file: file.displayPath, tree, data, schema }),
      ),
    };
  const byName = new Map<string, TagRegistryEntry>();
  for (const [name, e] of Object.entries(parsed.data)) {
    if (e && "synonymOf" in e) continue;
    const pos = tree.locate([name], "key");
    byName.set(name, {
      name,
      synonyms: [...(e?.synonyms ?? [])],
      ...(e?.label !== undefined ? { label: e.label } : {}),
      ...(e?.description !== undefined ? { description: e.description } : {}),
      file: file.displayPath,
      line: pos.line,
      col: pos.col,
    });
  }
  for (const [name, e] of Object.entries(parsed.data)) {
    if (e && "synonymOf" in e) byName.get(e.synonymOf)?.synonyms.push(name);
  }
  return { ok: true, entries: [...byName.values()] };
}

/** An entry of the optional tags.yaml registry, keyed by its canonical name. */
export interface TagRegistryEntry {
  /** The canonical name as written in tags.yaml. */
  name: string;
  /** Other spellings that merge into this tag. */
  synonyms: string[];
  /** Label per language (else the canonical name). */
  label?: LocalText;
  /** Shown on the tag page. */
  description?: LocalText;
  /** Where the entry is written (file:line:col), for errors about it. */
  file: string;
  line: number;
  col: number;
}
