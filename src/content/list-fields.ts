// The front-matter fields written as a list or as one comma-free string: tags and authors.
import { z } from "zod";
import type { IssueCtx } from "./fields.ts";
import { checkText, describe, fail } from "./fields.ts";

/** Longest tag, in code points. */
export const MAX_TAG_LENGTH = 64;

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
