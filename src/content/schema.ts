// The strict front-matter schemas of articles and pages: the single source of the front-matter
// types. Every scalar arrives as a string (FAILSAFE YAML).
import * as z from "zod";
import { isLang, isReservedSegment } from "../routes.ts";
import type { SiteConfig } from "./site-config.ts";
import type { Lang } from "../routes.ts";
import type { IssueCtx } from "./fields.ts";
import { date, fail, flag, key, text } from "./fields.ts";
import { imageField } from "./image-field.ts";
import { authorsField, tagsField } from "./list-fields.ts";
import {
  isSegmentTooLong,
  isValidSlug,
  isWindowsReservedName,
  MAX_SEGMENT_BYTES,
  slugify,
} from "./slugs.ts";
import { suggest } from "./suggest.ts";

/** What the article schema needs besides the data: the site and the article's language. */
export interface FrontMatterContext {
  config: SiteConfig;
  /** The article's language (its `lang`, else the site's first), for byline texts of dates. */
  lang: Lang;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

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
    tags: tagsField(),
    authors: authorsField(),
    summary: text({ max: 500, multiline: true }).optional(),
    lang: language(config).optional(),
    translationKey: key().optional(),
    image: imageField().optional(),
    featured: flag().default(false),
    /** When a featured article stops leading (default: `featuredHours` after its date). */
    featuredUntil: when().optional(),
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

/** The article's hero image as written; `resolveImagePath` resolves its path against the article. */
export type ImageFrontMatter = NonNullable<ArticleFrontMatter["image"]>;

/**
 * Checks a slug for a URL segment: valid in the site's style, short enough for every file system,
 * and not a name the site's own pages or Windows reserve.
 */
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

/** A slug in the site's style. */
function slug(style: SiteConfig["slugStyle"]) {
  return z.string().transform((v, ctx) => checkSlug(v, style, ctx));
}

/** The id of one of the site's sections. */
function section(config: SiteConfig) {
  const ids = config.sections.map((s) => s.id);
  return z.string().transform((v, ctx) => {
    if (ids.includes(v)) return v;
    if (isReservedSegment(v))
      return fail(ctx, `"${v}" is a reserved name`, {
        code: "E_SLUG_RESERVED",
        hint: sectionHint(v, ids),
      });
    return fail(ctx, `"${v}" is not a section of site.yaml`, {
      code: "E_FM_TYPE",
      hint: sectionHint(v, ids),
    });
  });
}

/** `did you mean "news"?` for `News` (the case-insensitive match first, then a near one), else the ids. */
function sectionHint(v: string, ids: readonly string[]): string {
  const near = ids.find((id) => id.toLowerCase() === v.toLowerCase()) ?? suggest(v, ids);
  return near !== undefined ? `did you mean "${near}"?` : `use one of: ${ids.join(", ")}`;
}

/** One of the site's languages. */
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

/** An article id: a ULID. */
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
