// The strict front-matter schemas of articles and pages (DESIGN §3.2; FEATURES F-ED-2, R8–R15): the
// single source of the front-matter types. Every scalar arrives as a string (FAILSAFE YAML).
import path from "node:path";
import { z } from "zod";
import { isLang, isReservedSegment } from "../routes.ts";
import type { SiteConfig } from "./site-config.ts";
import type { Lang } from "../routes.ts";
import type { IssueCtx } from "./fields.ts";
import { checkText, date, describe, fail, flag, key, text } from "./fields.ts";
import {
  isSegmentTooLong,
  isValidSlug,
  isWindowsReservedName,
  MAX_SEGMENT_BYTES,
  slugify,
} from "./slugs.ts";

/** What the article schema needs besides the data: the site and the article's language. */
export interface FrontMatterContext {
  config: SiteConfig;
  /** The article's language (its `lang`, else the site's first), for byline texts of dates. */
  lang: Lang;
}

/** Longest tag, in code points (R13). */
export const MAX_TAG_LENGTH = 64;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const FOCUS = [
  "center",
  "top",
  "bottom",
  "left",
  "right",
  "top-left",
  "top-right",
  "bottom-left",
  "bottom-right",
];

/** Missing fields reported with their own code instead of `E_FM_REQUIRED`. */
export const REQUIRED_CODES: Record<string, string> = { date: "E_DATE_REQUIRED" };

const cache = new WeakMap<SiteConfig, Map<Lang, ArticleSchema>>();

/** The article schema for a site and language, built once (building a zod schema costs ~0.5 ms). */
export function articleSchemaFor(config: SiteConfig, lang: Lang): ArticleSchema {
  let byLang = cache.get(config);
  if (!byLang) cache.set(config, (byLang = new Map()));
  let schema = byLang.get(lang);
  if (!schema) byLang.set(lang, (schema = articleSchema({ config, lang })));
  return schema;
}

/** The article front-matter schema for one site and language. */
export function articleSchema(ctx: FrontMatterContext) {
  const { config, lang } = ctx;
  const when = () => date(config.timeZone, lang);
  return z.strictObject({
    title: text({ max: 300 }),
    date: when(),
    section: section(config),
    updated: when().optional(),
    tags: tags(),
    authors: authors(),
    summary: text({ max: 500, multiline: true }).optional(),
    lang: language(config).optional(),
    translationKey: key().optional(),
    image: image().optional(),
    featured: flag().default(false),
    draft: flag().default(false),
    publishAt: when().optional(),
    expires: when().optional(),
    series: key().optional(),
    slug: slug(config.slugStyle).optional(),
    id: ulid().optional(),
    corrections: z
      .array(z.strictObject({ at: when(), note: text({ max: 1000, multiline: true }) }))
      .optional()
      .transform((v) => v ?? []),
  });
}

/** The zod type of the article schema. */
export type ArticleSchema = ReturnType<typeof articleSchema>;

/** Validated article front matter (`image.src` as written; see `resolveImagePath`). */
export type ArticleFrontMatter = z.output<ArticleSchema>;

/** The front-matter schema of a plain page (`pages/about.md`). */
export function pageSchema(config: SiteConfig) {
  return z.strictObject({
    title: text({ max: 300 }),
    summary: text({ max: 500, multiline: true }).optional(),
    lang: language(config).optional(),
    slug: slug(config.slugStyle).optional(),
  });
}

/** Validated page front matter. */
export type PageFrontMatter = z.output<ReturnType<typeof pageSchema>>;

/** The article's hero image, its path resolved against the article (DESIGN §3.2). */
export type ImageFrontMatter = NonNullable<ArticleFrontMatter["image"]>;

/** Checks a slug for a URL segment: valid in the site's style and not reserved (R15–R17). */
export function checkSlug(s: string, style: SiteConfig["slugStyle"], ctx: IssueCtx): string {
  if (isWindowsReservedName(s) || isReservedSegment(s)) {
    return fail(ctx, `"${s}" is a reserved name`, {
      code: "E_SLUG_RESERVED",
      hint: "choose another slug",
    });
  }
  if (isSegmentTooLong(s)) {
    return fail(ctx, `slug is ${Buffer.byteLength(s, "utf8")} UTF-8 bytes > ${MAX_SEGMENT_BYTES}`, {
      code: "E_PATH_TOO_LONG",
      hint: "use a shorter slug",
    });
  }
  if (!isValidSlug(s, style)) {
    return fail(ctx, `"${s}" is not a valid slug`, {
      code: "E_SLUG_INVALID",
      hint: `use "${slugify(s, style)}"`,
    });
  }
  return s;
}

function slug(style: SiteConfig["slugStyle"]) {
  return z.string().transform((v, ctx) => checkSlug(v, style, ctx));
}

function section(config: SiteConfig) {
  const ids = config.sections.map((s) => s.id);
  return z.string().transform((v, ctx) => {
    if (ids.includes(v)) return v;
    if (isReservedSegment(v))
      return fail(ctx, `"${v}" is a reserved name`, {
        code: "E_SLUG_RESERVED",
        hint: `use one of: ${ids.join(", ")}`,
      });
    return fail(ctx, `"${v}" is not a section of site.yaml`, {
      code: "E_FM_TYPE",
      hint: `use one of: ${ids.join(", ")}`,
    });
  });
}

function language(config: SiteConfig) {
  return z.string().transform((v, ctx): Lang =>
    isLang(v) && config.languages.includes(v)
      ? v
      : fail(ctx, `"${v}" is not a language of this site`, {
          code: "E_FM_TYPE",
          hint: `use one of: ${config.languages.join(", ")}`,
        }),
  );
}

function ulid() {
  return z.string().transform((v, ctx) =>
    ULID.test(v)
      ? v
      : fail(ctx, `"${v}" is not a ULID`, {
          code: "E_FM_TYPE",
          hint: "use 26 characters of 0-9 and A-Z without I, L, O, U (npm run news -- new writes one)",
        }),
  );
}

/** Tags: a list of strings, or one string without commas (R12, R13). Written as is, trimmed. */
function tags() {
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
function authors() {
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

function image() {
  return z
    .strictObject({
      src: z.string(),
      alt: z.string().nullable().optional(),
      caption: text({ max: 500 }).optional(),
      credit: text({ max: 200 }).optional(),
      focus: z
        .string()
        .optional()
        .transform((v, ctx) =>
          v === undefined || FOCUS.includes(v)
            ? v
            : fail(ctx, `"${v}" is not a focus`, {
                code: "E_FM_TYPE",
                hint: `use one of: ${FOCUS.join(", ")}`,
              }),
        ),
      decorative: flag().default(false),
    })
    .transform((img, ctx) => {
      const src = checkImageSrc(img.src, ctx);
      const alt = img.decorative ? "" : (img.alt ?? "").trim();
      if (!img.decorative && alt === "") {
        fail(ctx, "image.alt is missing", {
          code: "E_ALT_MISSING",
          hint: "describe the image in alt: …, or set decorative: true",
          at: "key",
          bare: true,
        });
      } else if (!img.decorative) checkText(alt, ctx, { max: 500 }, ["alt"]);
      return {
        src,
        alt,
        ...(img.caption !== undefined ? { caption: img.caption } : {}),
        ...(img.credit !== undefined ? { credit: img.credit } : {}),
        decorative: img.decorative,
      };
    });
}

/** Checks an image path as written: a file path, not a URL; percent-escapes decoded (R17). */
function checkImageSrc(src: string, ctx: IssueCtx): string {
  const raw = src.trim();
  const at = ["src"];
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) {
    const http = /^(https?:)?\/\//i.test(raw);
    return fail(
      ctx,
      `"${raw}" is not a file in the content tree`,
      {
        code: http ? "E_FM_TYPE" : "E_UNSAFE_URL",
        hint: "put the image under media/ and write a relative path such as ../media/x.jpg",
      },
      at,
    );
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fail(
      ctx,
      `"${raw}" is not a valid path`,
      { code: "E_FM_TYPE", hint: "write a plain relative path such as ../media/x.jpg" },
      at,
    );
  }
  if (decoded === "" || /[\\\0]/.test(decoded)) {
    return fail(
      ctx,
      `"${raw}" is not a valid path`,
      { code: "E_PATH_ESCAPE", hint: "write a relative path with forward slashes" },
      at,
    );
  }
  return decoded;
}

/**
 * Resolves a checked image path like a git host's Markdown preview: relative to the article file
 * (`source`), or from the content root when it starts with `/`. Undefined when it leaves the tree.
 */
export function resolveImagePath(src: string, source: string): string | undefined {
  const joined = src.startsWith("/")
    ? src.slice(1)
    : path.posix.join(path.posix.dirname(source), src);
  const resolved = path.posix.normalize(joined);
  const outside =
    resolved === ".." ||
    resolved.startsWith("../") ||
    path.posix.isAbsolute(resolved) ||
    resolved === "." ||
    resolved === "";
  return outside ? undefined : resolved;
}
