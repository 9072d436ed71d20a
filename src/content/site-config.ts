// Reads site.yaml into a validated SiteConfig (DESIGN §3.2): as untrusted and as strict as articles.
import { z } from "zod";
import { isLang, isReservedSegment } from "../routes.ts";
import type { LocalText } from "./values.ts";
import type { Lang } from "../routes.ts";
import { isValidZone } from "./dates.ts";
import { decodeText } from "./decode.ts";
import { contentError, sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { fail, httpUrl, key, localText } from "./fields.ts";
import { issuesToErrors } from "./issues.ts";
import type { SourceFile } from "./load.ts";
import { parseYaml } from "./yaml.ts";

/** Largest site.yaml or authors.yaml, in bytes. */
export const MAX_CONFIG_BYTES = 512 * 1024;
const SLUG_STYLES = ["pinyin", "unicode", "ascii"] as const;

/** The site.yaml schema; `languages` (read first) checks per-language texts. */
export function siteSchema(languages: readonly Lang[] | undefined) {
  const line = { max: 200 };
  return z.strictObject({
    title: localText(languages, line),
    description: localText(languages, { max: 1000, multiline: true })
      .optional()
      .transform((v) => v ?? ""),
    baseUrl: httpUrl().transform((v, ctx) => {
      const url = new URL(v);
      if (url.search || url.hash)
        return fail(ctx, "must not have a query or fragment", {
          code: "E_FM_TYPE",
          hint: "write the site's root URL, e.g. https://example.org/news/",
        });
      return `${url.origin}${url.pathname.replace(/\/?$/, "/")}`;
    }),
    timeZone: z.string().transform((v, ctx) =>
      isValidZone(v) && !/^(local|system|default)$/i.test(v)
        ? v
        : fail(ctx, `"${v}" is not a time zone`, {
            code: "E_FM_TYPE",
            hint: "use an IANA zone such as Asia/Shanghai or America/New_York",
          }),
    ),
    languages: z
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
      }),
    sections: z
      .array(z.strictObject({ id: key(64), title: localText(languages, line) }))
      .min(1)
      .transform((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((s, i) => {
          if (isReservedSegment(s.id))
            fail(
              ctx,
              `"${s.id}" is a reserved name`,
              { code: "E_SLUG_RESERVED", hint: "choose another section id" },
              [i, "id"],
            );
          else if (seen.has(s.id))
            fail(
              ctx,
              `"${s.id}" is used twice`,
              { code: "E_FM_TYPE", hint: "give each section its own id" },
              [i, "id"],
            );
          seen.add(s.id);
        });
        return list.map((s) => ({ id: s.id, title: s.title }));
      }),
    pageSize: z
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
      }),
    slugStyle: z
      .string()
      .optional()
      .transform((v, ctx): SiteConfig["slugStyle"] => {
        if (v === undefined) return "pinyin";
        const style = SLUG_STYLES.find((s) => s === v);
        return (
          style ??
          fail(ctx, `"${v}" is not a slug style`, {
            code: "E_FM_TYPE",
            hint: `use one of: ${SLUG_STYLES.join(", ")}`,
          })
        );
      }),
    commentsNotice: localText(languages, { max: 2000, multiline: true })
      .optional()
      .transform((v) => v ?? ""),
    logo: httpUrl().optional(),
    minTagArticles: count(1, 1000, "minTagArticles: 2").optional(),
    readingSpeed: z
      .strictObject({ han: count(50, 2000, "han: 400"), latin: count(50, 2000, "latin: 220") })
      .optional(),
  });
}

/** A whole number from `min` to `max` (FAILSAFE strings). */
function count(min: number, max: number, example: string) {
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

/** Parses site.yaml; every problem of the file is returned together. */
export function parseSiteConfig(
  file: SourceFile,
): { ok: true; config: SiteConfig } | { ok: false; errors: ContentError[] } {
  const read = readConfigYaml(file);
  if (!read.ok) return read;
  const { data, tree } = read;
  const rawLangs = data["languages"];
  const languages =
    Array.isArray(rawLangs) &&
    rawLangs.length > 0 &&
    rawLangs.every((l) => typeof l === "string" && isLang(l))
      ? (rawLangs as Lang[])
      : undefined;
  const schema = siteSchema(languages);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: sortContentErrors(
        issuesToErrors(parsed.error.issues, { file: file.displayPath, tree, data, schema }),
      ),
    };
  const c = parsed.data;
  const config: SiteConfig = {
    title: c.title,
    description: c.description,
    baseUrl: c.baseUrl,
    timeZone: c.timeZone,
    languages: c.languages,
    sections: c.sections,
    pageSize: c.pageSize,
    slugStyle: c.slugStyle,
    commentsNotice: c.commentsNotice,
    ...(c.logo !== undefined ? { logo: c.logo } : {}),
    ...(c.minTagArticles !== undefined ? { minTagArticles: c.minTagArticles } : {}),
    ...(c.readingSpeed !== undefined ? { readingSpeed: c.readingSpeed } : {}),
  };
  return { ok: true, config };
}

/** Decodes and reads a whole-file YAML mapping (site.yaml, authors.yaml); empty → empty mapping. */
export function readConfigYaml(file: SourceFile) {
  const decoded = decodeText(file);
  if (!decoded.ok) return { ok: false as const, errors: [decoded.error] };
  const parsed = parseYaml(decoded.text, {
    file: file.displayPath,
    firstLine: 1,
    maxBytes: MAX_CONFIG_BYTES,
  });
  if (!parsed.ok) return parsed;
  const { data } = parsed.tree;
  if (data === null)
    return {
      ok: true as const,
      data: Object.create(null) as Record<string, unknown>,
      tree: parsed.tree,
    };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false as const,
      errors: [
        contentError(
          file.displayPath,
          "E_FM_NOT_MAPPING",
          `${file.path} is ${Array.isArray(data) ? "a list" : "a single value"}, not a mapping`,
          "write key: value lines",
        ),
      ],
    };
  }
  return { ok: true as const, data: data as Record<string, unknown>, tree: parsed.tree };
}

/** A section as configured in site.yaml. */
export interface SectionConfig {
  id: string;
  title: LocalText;
}

/** The validated site.yaml. */
export interface SiteConfig {
  title: LocalText;
  description: LocalText;
  /** Always ends with `/`; may carry a path (`https://example.org/news/`). */
  baseUrl: string;
  timeZone: string;
  /** The first is the default language, served at the root. */
  languages: Lang[];
  sections: SectionConfig[];
  pageSize: number;
  slugStyle: "pinyin" | "unicode" | "ascii";
  /** The comment notice shown under every article (text only). */
  commentsNotice: LocalText;
  /** Absolute URL of the publisher logo for JSON-LD; default: the bundled `/assets/logo.png`. */
  logo?: string;
  /** Tag pages with fewer articles are `noindex,follow` and left out of the sitemap (default 2). */
  minTagArticles?: number;
  /** Reading speed: Han characters and Latin words per minute (defaults 400 and 220). */
  readingSpeed?: { han: number; latin: number };
}
