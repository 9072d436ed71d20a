// The front-matter fields written as a list or as one comma-free string: tags and authors.
import * as z from "zod";
import type { IssueCtx } from "./fields.ts";
import { checkText, describe, fail } from "./fields.ts";

/** Longest tag, in code points. */
export const MAX_TAG_LENGTH = 64;
/** Most tags per article: every tag adds pages and feeds, so the output grows with the count. */
export const MAX_TAGS = 50;
/** Most authors per article (each adds an author page and feed entry). */
export const MAX_AUTHORS = 20;
/** Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they flip how a label reads. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Tags: a list of strings, or one string without commas (`tags: a, b` is one YAML string, not the
 * two tags its writer meant). Written as is, trimmed.
 */
export function tagsField() {
  return z
    .unknown()
    .optional()
    .transform((v, ctx): string[] => {
      if (v === undefined) return [];
      if (typeof v === "string") {
        if (/[,，]/.test(v))
          return fail(ctx, `"${v}" contains a comma`, {
            code: "E_TAG_INVALID",
            hint: 'use a YAML list: tags: ["a", "b"]',
          });
        return [checkTag(v, ctx, [])];
      }
      if (!Array.isArray(v))
        return fail(ctx, `must be a list, not ${describe(v)}`, {
          code: "E_TAG_INVALID",
          hint: 'use a YAML list: tags: ["a", "b"]',
        });
      if (v.length > MAX_TAGS)
        return fail(
          ctx,
          `has ${v.length} tags (at most ${MAX_TAGS})`,
          {
            code: "E_TAG_LIMIT",
            hint: `keep the ${MAX_TAGS} tags that matter most: every tag adds a page and a feed`,
          },
          [MAX_TAGS],
        );
      return v.map((t, i) =>
        typeof t === "string"
          ? checkTag(t, ctx, [i])
          : fail(
              ctx,
              `is ${describe(t)}`,
              {
                code: "E_TAG_INVALID",
                hint: t === null ? "remove the empty tag" : "each tag is text; quote it",
              },
              [i],
            ),
      );
    });
}

/** Checks one tag: plain text of at most `MAX_TAG_LENGTH` code points with at least one letter. */
function checkTag(tag: string, ctx: IssueCtx, at: PropertyKey[]): string {
  const t = checkText(tag, ctx, { max: MAX_TAG_LENGTH, code: "E_TAG_INVALID" }, at);
  if (BIDI_CONTROL.test(t))
    return fail(
      ctx,
      "contains a bidirectional override or isolate character (U+202A–U+202E, U+2066–U+2069)",
      { code: "E_TAG_INVALID", hint: "remove the invisible direction character from the tag" },
      at,
    );
  if (!/\p{L}/u.test(t))
    return fail(
      ctx,
      `"${t}" has no letter`,
      { code: "E_TAG_INVALID", hint: "a tag needs at least one letter" },
      at,
    );
  return t;
}

/** Authors: a list of ids or names, or one string without commas. */
export function authorsField() {
  return z
    .unknown()
    .optional()
    .transform((v, ctx): string[] => {
      if (v === undefined) return [];
      const one = { max: 100 };
      if (typeof v === "string") {
        if (/[,，]/.test(v))
          return fail(ctx, `"${v}" contains a comma`, {
            code: "E_FM_TYPE",
            hint: "use a YAML list: authors: [li-ming, wang-fang]",
          });
        return [checkText(v, ctx, one)];
      }
      if (!Array.isArray(v))
        return fail(ctx, `must be a list, not ${describe(v)}`, {
          code: "E_FM_TYPE",
          hint: "use a YAML list: authors: [li-ming]",
        });
      if (v.length > MAX_AUTHORS)
        return fail(
          ctx,
          `has ${v.length} authors (at most ${MAX_AUTHORS})`,
          {
            code: "E_AUTHOR_LIMIT",
            hint: `credit at most ${MAX_AUTHORS} authors; name the others in the body`,
          },
          [MAX_AUTHORS],
        );
      return v.map((a, i) =>
        typeof a === "string"
          ? checkText(a, ctx, one, [i])
          : fail(
              ctx,
              `is ${describe(a)}`,
              { code: "E_FM_TYPE", hint: "each author is an id or a name" },
              [i],
            ),
      );
    });
}
