// Turns zod issues into located content errors (their format: docs/ARCHITECTURE.md, Contracts): the
// code from the issue, the position from the YAML tree, a "did you mean" hint for unknown keys.
import * as z from "zod";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import type { IssueParams } from "./fields.ts";
import { describe } from "./fields.ts";
import { didYouMean } from "./suggest.ts";
import type { YamlTree } from "./yaml.ts";

/** Keys other generators read from front matter; here they are unknown keys (R8). */
const ENGINE_KEYS: ReadonlySet<string> = new Set([
  "permalink",
  "layout",
  "eleventyComputed",
  "pagination",
  "templateEngineOverride",
  "eleventyExcludeFromCollections",
]);

/** How to report issues of one schema: the file, its YAML, and codes for missing fields. */
export interface IssueContext {
  file: string;
  tree: YamlTree;
  /** The validated data (to tell a missing field from a wrong one). */
  data: unknown;
  /** The schema, to list the keys an object allows (for hints). */
  schema: z.ZodType;
  /** Codes for missing fields other than `E_FM_REQUIRED`, by field path (`date` → `E_DATE_REQUIRED`). */
  requiredCodes?: Record<string, string>;
}

/** Converts every issue of a failed parse into a located `ContentError`, in issue order. */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  ctx: IssueContext,
): ContentError[] {
  const out: ContentError[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      const allowed = keysAt(ctx.schema, path);
      for (const k of issue.keys) {
        const pos = ctx.tree.locate([...path, k], "key");
        const hint = ENGINE_KEYS.has(k)
          ? `remove ${k}: Broadsheet sets URLs and layouts itself (no template engine reads content)`
          : didYouMean(k, allowed);
        out.push(
          contentError(
            ctx.file,
            "E_FM_UNKNOWN_KEY",
            `unknown key "${k}"${path.length ? ` in ${formatPath(path)}` : ""}`,
            hint,
            pos.line,
            pos.col,
          ),
        );
      }
      continue;
    }
    const name = formatPath(path);
    const params = issue.code === "custom" ? (issue.params as IssueParams | undefined) : undefined;
    if (params?.code) {
      const pos = ctx.tree.locate(path, params.at ?? "value");
      const message = params.bare ? issue.message : `${name} ${issue.message}`;
      out.push(contentError(ctx.file, params.code, message, params.hint, pos.line, pos.col));
      continue;
    }
    const raw = valueAt(ctx.data, path);
    if (raw === undefined) {
      const code = ctx.requiredCodes?.[name] ?? "E_FM_REQUIRED";
      const pos = path.length > 1 ? ctx.tree.locate(path.slice(0, -1), "key") : { line: 1, col: 1 };
      out.push(
        contentError(
          ctx.file,
          code,
          `${name} is required`,
          `add ${String(path[path.length - 1] ?? name)}: …`,
          pos.line,
          pos.col,
        ),
      );
      continue;
    }
    const pos = ctx.tree.locate(path, "value");
    const expected = issue.code === "invalid_type" ? expectedWords(issue.expected) : undefined;
    const message =
      expected !== undefined
        ? `${name} must be ${expected}, not ${describe(raw)}`
        : issue.code === "too_small"
          ? `${name} must not be empty`
          : `${name} is not valid (${issue.message})`;
    out.push(
      contentError(
        ctx.file,
        "E_FM_TYPE",
        message,
        expected ? `write ${name} as ${expected}` : "check the value",
        pos.line,
        pos.col,
      ),
    );
  }
  return out;
}

/** A field path as errors name it: `title`, `image.alt`, `tags[2]`, `corrections[0].at`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const seg of path)
    s += typeof seg === "number" ? `[${seg}]` : s === "" ? String(seg) : `.${String(seg)}`;
  return s === "" ? "front matter" : s;
}

function expectedWords(expected: string): string {
  if (expected === "string") return "text";
  if (expected === "array") return "a list";
  if (expected === "object" || expected === "record") return "a map";
  return expected;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.hasOwn(v, seg) ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return v;
}

/** The keys the (strict) object schema at `path` allows, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  let i = 0;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
      s = s.unwrap();
    else if (s instanceof z.ZodPipe) s = s.in;
    else if (s instanceof z.ZodArray && typeof path[i] === "number") {
      s = s.element;
      i++;
    } else if (s instanceof z.ZodRecord && i < path.length) {
      s = s.valueType;
      i++;
    } else if (s instanceof z.ZodObject && i < path.length) {
      s = (s.shape as Record<string, unknown>)[String(path[i])];
      i++;
    } else break;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
