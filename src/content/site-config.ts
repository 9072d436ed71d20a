// Reads site.yaml into a validated SiteConfig: as untrusted and as strict as articles.
import * as z from "zod";
import { isLang } from "../routes.ts";
import type { Lang } from "../routes.ts";
import { commentsField } from "./comments-config.ts";
import { decodeText } from "./decode.ts";
import { contentError, sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { httpUrl, localText } from "./fields.ts";
import { issuesToErrors } from "./issues.ts";
import type { SourceFile } from "./load.ts";
import {
  baseUrlField,
  countField,
  languagesField,
  optionalText,
  pageSizeField,
  readingSpeedField,
  sectionsField,
  slugStyleField,
  timeZoneField,
} from "./site-fields.ts";
import { parseYaml } from "./yaml.ts";
import { reservedSectionIds } from "./salvage-sections.ts";

/** Largest site.yaml or authors.yaml, in bytes. */
export const MAX_CONFIG_BYTES = 512 * 1024;

/** The site.yaml schema; `languages` (read first) checks per-language texts. */
export function siteSchema(languages: readonly Lang[] | undefined) {
  return z.strictObject({
    title: localText(languages, { max: 200 }),
    description: optionalText(languages, 1000),
    /** Always ends with `/`; may carry a path (`https://example.org/news/`). */
    baseUrl: baseUrlField(),
    timeZone: timeZoneField(),
    /** The first is the default language, served at the root. */
    languages: languagesField(),
    sections: sectionsField(languages),
    pageSize: pageSizeField(),
    slugStyle: slugStyleField(),
    /** The comment notice shown under every article (text only). */
    commentsNotice: optionalText(languages, 2000),
    /** A comments provider loaded on the reader's click (absent: the notice only). */
    comments: commentsField().optional(),
    /** Hours a `featured` article leads after its date, unless it sets `featuredUntil` (default 48). */
    featuredHours: countField(1, 8760, "featuredHours: 48").optional(),
    /** Absolute URL of the publisher logo for JSON-LD; default: the bundled `/assets/logo.png`. */
    logo: httpUrl().optional(),
    /** Tag pages with fewer articles are `noindex,follow` and left out of the sitemap (default 2). */
    minTagArticles: countField(1, 1000, "minTagArticles: 2").optional(),
    /** Reading speed: Han characters and Latin words per minute (defaults 400 and 220). */
    readingSpeed: readingSpeedField().optional(),
  });
}

/** The validated site.yaml. */
export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;

/** A section as configured in site.yaml. */
export type SectionConfig = SiteConfig["sections"][number];

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
    ...(c.comments !== undefined ? { comments: c.comments } : {}),
    ...(c.featuredHours !== undefined ? { featuredHours: c.featuredHours } : {}),
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
  if (!parsed.ok) {
    // A syntax error hides every field; site.yaml's reserved section ids are still reported beside it.
    const salvaged =
      file.path === "site.yaml" ? reservedSectionIds(decoded.text, file.displayPath) : [];
    return { ok: false as const, errors: [...parsed.errors, ...salvaged] };
  }
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
