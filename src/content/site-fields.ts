// The field validators of site.yaml: address, time zone, languages, sections and numeric settings.
import * as z from "zod";
import { foldPath, isLang, isReservedSegment } from "../routes.ts";
import type { Lang } from "../routes.ts";
import { isValidZone } from "./dates.ts";
import { fail, httpUrl, key, localText } from "./fields.ts";

const SLUG_STYLES = ["pinyin", "unicode", "ascii"] as const;

/** An optional per-language text of at most `max` code points with line breaks; absent → "". */
export function optionalText(languages: readonly Lang[] | undefined, max: number) {
  return localText(languages, { max, multiline: true })
    .optional()
    .transform((v) => v ?? "");
}

/** The site's root URL: http(s), no query or fragment, normalised to end with `/`. */
export function baseUrlField() {
  return httpUrl().transform((v, ctx) => {
    const url = new URL(v);
    if (url.search || url.hash)
      return fail(ctx, "must not have a query or fragment", {
        code: "E_FM_TYPE",
        hint: "write the site's root URL, e.g. https://example.org/news/",
      });
    return `${url.origin}${url.pathname.replace(/\/?$/, "/")}`;
  });
}

/** An IANA time zone; `local`, `system` and `default` are refused so builds never depend on the machine. */
export function timeZoneField() {
  return z.string().transform((v, ctx) =>
    isValidZone(v) && !/^(local|system|default)$/i.test(v)
      ? v
      : fail(ctx, `"${v}" is not a time zone`, {
          code: "E_FM_TYPE",
          hint: "use an IANA zone such as Asia/Shanghai or America/New_York",
        }),
  );
}

/** The site's languages: at least one, each supported and listed once. */
export function languagesField() {
  return z
    .array(z.string())
    .min(1)
    .transform((list, ctx): Lang[] => {
      const out: Lang[] = [];
      list.forEach((v, i) => {
        if (!isLang(v))
          fail(
            ctx,
            `"${v}" is not a supported language`,
            { code: "E_FM_TYPE", hint: "use en or zh" },
            [i],
          );
        else if (out.includes(v))
          fail(
            ctx,
            `"${v}" is listed twice`,
            { code: "E_FM_TYPE", hint: "list each language once" },
            [i],
          );
        else out.push(v);
      });
      return out;
    });
}

/**
 * A section id: not a reserved URL segment or Windows device name (checked on the id alone, so it is
 * reported whatever else in site.yaml is wrong), then a key.
 */
function sectionId() {
  return z
    .string()
    .transform((v, ctx) =>
      isReservedSegment(v)
        ? fail(ctx, `"${v}" is a reserved name`, {
            code: "E_SLUG_RESERVED",
            hint: "choose another section id",
          })
        : v,
    )
    .pipe(key(64));
}

/** The sections: at least one, each with its own id that is not a reserved URL segment. */
export function sectionsField(languages: readonly Lang[] | undefined) {
  return z
    .array(z.strictObject({ id: sectionId(), title: localText(languages, { max: 200 }) }))
    .min(1)
    .transform((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((s, i) => {
        if (seen.has(foldPath(s.id)))
          fail(
            ctx,
            `"${s.id}" is used twice (compared as a case-insensitive disk compares folders)`,
            { code: "E_FM_TYPE", hint: "give each section its own id" },
            [i, "id"],
          );
        seen.add(foldPath(s.id));
      });
      return list.map((s) => ({ id: s.id, title: s.title }));
    });
}

/** Articles a list page shows: a whole number from 1 to 100; absent → 20. */
export function pageSizeField() {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return 20;
      const n = /^\d{1,3}$/.test(v) ? Number(v) : NaN;
      return n >= 1 && n <= 100
        ? n
        : fail(ctx, `"${v}" is not a whole number from 1 to 100`, {
            code: "E_FM_TYPE",
            hint: "e.g. pageSize: 20",
          });
    });
}

/** How slugs are made: Han as pinyin, kept as Unicode, or dropped for ASCII; absent → `pinyin`. */
export function slugStyleField() {
  return z
    .string()
    .optional()
    .transform((v, ctx): (typeof SLUG_STYLES)[number] => {
      if (v === undefined) return "pinyin";
      const style = SLUG_STYLES.find((s) => s === v);
      return (
        style ??
        fail(ctx, `"${v}" is not a slug style`, {
          code: "E_FM_TYPE",
          hint: `use one of: ${SLUG_STYLES.join(", ")}`,
        })
      );
    });
}

/** A whole number from `min` to `max` (FAILSAFE strings); `example` shows one in the hint. */
export function countField(min: number, max: number, example: string) {
  return z.string().transform((v, ctx) => {
    const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    return n >= min && n <= max
      ? n
      : fail(ctx, `"${v}" is not a whole number from ${min} to ${max}`, {
          code: "E_FM_TYPE",
          hint: `e.g. ${example}`,
        });
  });
}

/** Reading speed: Han characters and Latin words per minute. */
export function readingSpeedField() {
  return z.strictObject({
    han: countField(50, 2000, "han: 400"),
    latin: countField(50, 2000, "latin: 220"),
  });
}
