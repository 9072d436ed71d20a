// JSON Schema fragments for fields the build reads from FAILSAFE strings and transforms: what
// editors' tools, reading YAML 1.2 core (`true` a boolean, `20` a number), may accept for them.
import type { z } from "zod";
import type { Lang } from "../routes.ts";

/** A JSON Schema object, as zod's generator writes it. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** A flag: a YAML boolean, or the text `"true"` / `"false"` (the build reads both the same). */
export function flagJson(): JsonSchema {
  return { enum: [true, false, "true", "false"] };
}

/** A whole number from `min` to `max`: a YAML integer, or a string of digits. */
export function countJson(min: number, max: number): JsonSchema {
  return {
    anyOf: [
      { type: "integer", minimum: min, maximum: max },
      { type: "string", pattern: "^[0-9]+$" },
    ],
  };
}

/**
 * A date or date-time: a string (YAML 1.2 core reads `2024-05-01 09:30` as one; a YAML timestamp is
 * kept as written) starting with `YYYY-MM-DD`.
 */
export function dateJson(): JsonSchema {
  return { type: "string", pattern: "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}" };
}

/** Tags or authors: a list of strings of at most `max` characters, or one string without commas. */
export function listJson(max: number): JsonSchema {
  return {
    anyOf: [
      { type: "array", items: { type: "string", minLength: 1, maxLength: max } },
      { type: "string", minLength: 1, maxLength: max, pattern: "^[^,，]*$" },
    ],
  };
}

/** A text that is one string, or a map with one string per site language. */
export function localTextJson(languages: readonly Lang[]): JsonSchema {
  return {
    anyOf: [
      { type: "string", minLength: 1 },
      {
        type: "object",
        properties: Object.fromEntries(languages.map((l) => [l, { type: "string", minLength: 1 }])),
        required: [...languages],
        additionalProperties: false,
      },
    ],
  };
}

/** One of a fixed list of strings. */
export function enumJson(values: readonly string[]): JsonSchema {
  return { type: "string", enum: [...values] };
}

/**
 * The values a zod field allows, read from its own hint (`use one of: a, b, c`) by parsing `probe`,
 * a value it refuses; the issue at `path` carries the hint. Throws when the hint has no list.
 */
export function choicesOf(
  schema: z.ZodType,
  probe: unknown,
  path: readonly PropertyKey[] = [],
): string[] {
  const r = schema.safeParse(probe);
  const issue = r.error?.issues.find(
    (i) => i.path.length === path.length && i.path.every((p, k) => p === path[k]),
  );
  const hint: unknown = issue && "params" in issue ? issue.params?.["hint"] : undefined;
  const m = typeof hint === "string" ? /^use one of: (.+)$/.exec(hint) : null;
  if (!m) throw new Error(`no "use one of" hint for ${JSON.stringify(probe)}`);
  return m[1]!.split(", ");
}
