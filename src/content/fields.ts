// Zod field validators shared by the front-matter and config schemas. Each failure is a custom issue
// carrying its error code and hint; `issues.ts` turns issues into located content errors.
import * as z from "zod";
import { isLang } from "../routes.ts";
import type { LocalText, Stamp } from "./values.ts";
import type { Lang } from "../routes.ts";
import { parseContentDate } from "./dates.ts";
import { didYouMean } from "./suggest.ts";

/** The context a transform reports issues to. */
export type IssueCtx = z.core.$RefinementCtx;

/** What a custom issue carries besides its message. */
export interface IssueParams {
  code: string;
  hint: string;
  /** Locate the key instead of the value (unknown keys, missing entries). */
  at?: "key" | "value";
  /** The message already names what it is about; do not prefix the field path. */
  bare?: boolean;
}

/** Reports a located problem from inside a transform; returns `z.NEVER` for the transform to return. */
export function fail(
  ctx: IssueCtx,
  message: string,
  params: IssueParams,
  path: PropertyKey[] = [],
): never {
  ctx.addIssue({ code: "custom", message, params: { ...params }, path });
  return z.NEVER;
}

/** Options of `text`. */
export interface TextOptions {
  /** Longest value in code points. */
  max: number;
  /** Allow line breaks (and tabs) inside the value. */
  multiline?: boolean;
  /** Code to report problems with (default `E_FM_TYPE`). */
  code?: string;
}

/** Checks a trimmed text value: non-empty, not too long, no control characters. */
export function checkText(
  value: string,
  ctx: IssueCtx,
  options: TextOptions,
  path: PropertyKey[] = [],
): string {
  const code = options.code ?? "E_FM_TYPE";
  const text = value.trim();
  if (text === "")
    return fail(ctx, "is empty", { code, hint: "write some text, or remove the key" }, path);
  const length = [...text].length;
  if (length > options.max) {
    return fail(
      ctx,
      `is ${length} characters long (at most ${options.max})`,
      { code, hint: "shorten it" },
      path,
    );
  }
  const control = options.multiline ? /(?![\n\t])\p{Cc}/u : /\p{Cc}/u;
  if (control.test(text)) {
    return fail(
      ctx,
      "contains a control character",
      {
        code,
        hint: options.multiline
          ? "remove the control character"
          : "write it on one line without control characters",
      },
      path,
    );
  }
  return text;
}

/** A one-line (or multiline) text field. */
export function text(options: TextOptions) {
  return z.string().transform((v, ctx) => checkText(v, ctx, options));
}

/** A boolean written exactly `true` or `false` (FAILSAFE YAML keeps both as strings). */
export function flag() {
  return z.string().transform((v, ctx) =>
    v === "true"
      ? true
      : v === "false"
        ? false
        : fail(ctx, `must be true or false, not "${v}"`, {
            code: "E_FM_TYPE",
            hint: "write true or false",
          }),
  );
}

/** An id-like key: `[a-z0-9-]+`, at most `max` characters. */
export function key(max = 100) {
  return z.string().transform((v, ctx) =>
    /^[a-z0-9-]+$/.test(v) && v.length <= max
      ? v
      : fail(ctx, `"${v}" is not a valid key`, {
          code: "E_FM_TYPE",
          hint: `use lower-case letters, digits and "-" (at most ${max})`,
        }),
  );
}

/** A date or date-time read in the site zone (`parseContentDate`, R10). */
export function date(zone: string | undefined, lang: Lang) {
  return z.string().transform((v, ctx): Stamp => {
    const r = parseContentDate(v, zone, lang);
    return r.ok ? r.stamp : fail(ctx, r.message, { code: r.code, hint: r.hint });
  });
}

/** An absolute http(s) URL (URLs in content are http(s) only). */
export function httpUrl() {
  return z.string().transform((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v.trim());
    } catch {
      return fail(ctx, `"${v}" is not an absolute URL`, {
        code: "E_FM_TYPE",
        hint: "write a full URL such as https://example.org/",
      });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return fail(ctx, `"${url.protocol}" URLs are not allowed`, {
        code: "E_UNSAFE_URL",
        hint: "use an http or https URL",
      });
    }
    if (url.username || url.password) {
      return fail(ctx, "must not contain a user name or password", {
        code: "E_FM_TYPE",
        hint: "remove the credentials from the URL",
      });
    }
    return url.toString();
  });
}

/**
 * A text that is one string or a map with one entry per site language (`E_I18N_MISSING` when one is
 * absent; `languages` undefined skips that check when the language list itself is broken).
 */
export function localText(languages: readonly Lang[] | undefined, options: TextOptions) {
  return z.unknown().transform((v, ctx): LocalText => {
    // A missing key: zod itself reports it as required (never optional without `.optional()`).
    if (v === undefined) return "";
    if (typeof v === "string") return checkText(v, ctx, options);
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
      return fail(ctx, `must be text or a map of languages, not ${describe(v)}`, {
        code: "E_FM_TYPE",
        hint: "write text, or { en: …, zh: … }",
      });
    }
    const map = v as Record<string, unknown>;
    const out: Partial<Record<Lang, string>> = {};
    const allowed = languages ?? [];
    for (const k of Object.keys(map)) {
      const lang = isLang(k) && (languages === undefined || languages.includes(k)) ? k : undefined;
      if (lang === undefined) {
        fail(
          ctx,
          `unknown language "${k}"`,
          { code: "E_FM_UNKNOWN_KEY", hint: didYouMean(k, allowed), at: "key" },
          [k],
        );
        continue;
      }
      const entry = map[k];
      if (typeof entry !== "string") {
        fail(
          ctx,
          `must be text, not ${describe(entry)}`,
          { code: "E_FM_TYPE", hint: "write the text for this language" },
          [k],
        );
        continue;
      }
      out[lang] = checkText(entry, ctx, options, [k]);
    }
    for (const lang of allowed) {
      if (!Object.hasOwn(map, lang)) {
        fail(ctx, `has no "${lang}" text`, {
          code: "E_I18N_MISSING",
          hint: `add ${lang}: … (every site language needs one)`,
          at: "key",
        });
      }
    }
    return out;
  });
}

/** Words for a value's kind in messages: `a list`, `a map`, `empty`, `text`. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  return "text";
}
