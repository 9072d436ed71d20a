// The parse stage for Markdown files: front matter split, read through gray-matter and schema-checked
// into the metadata of an article or page, with every problem located and every field's position kept.
import path from "node:path";
import type { z } from "zod";
import { isLang, isReservedSegment } from "../routes.ts";
import type { ArticleFields, PlainPage } from "./article.ts";
import type { SiteConfig } from "./site-config.ts";
import type { Lang } from "../routes.ts";
import { contentError, sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { issuesToErrors } from "./issues.ts";
import type { SourceFile } from "./load.ts";
import { resolveImagePath } from "./image-field.ts";
import { articleSchemaFor, pageSchema, REQUIRED_CODES } from "./schema.ts";
import type { ImageFrontMatter } from "./schema.ts";
import { isValidSlug, isWindowsReservedName, slugify } from "./slugs.ts";
import { fieldPositions } from "./field-at.ts";
import type { FieldAt } from "./field-at.ts";
import { parseFrontMatterBlock } from "./gray-matter.ts";
import { splitFrontMatter } from "./split-front-matter.ts";
import type { YamlTree } from "./yaml.ts";

/** Largest front matter, in bytes: long text belongs in the body. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/** An article's metadata and Markdown body, before the body is compiled. */
export interface ArticleMeta extends ArticleFields {
  /** The hero image; `src` is a content-relative posix path; `line`/`col` locate `image.src`. */
  image?: ImageFrontMatter & { line: number; col: number };
  /** The Markdown body, LF endings. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

/** A plain page's metadata and Markdown body. */
export interface PageMeta extends Omit<PlainPage, "body" | "media"> {
  /** Where each top-level field is written (value, else key). */
  fieldAt: FieldAt;
  body: string;
  bodyLine: number;
  displayPath: string;
}

/** Parses an article file's front matter into `ArticleMeta`, or returns all of its problems. */
export function parseArticle(
  file: SourceFile,
  text: string,
  config: SiteConfig,
): { ok: true; article: ArticleMeta } | { ok: false; errors: ContentError[] } {
  const read = readFrontMatter(file, text);
  if (!read.ok) return read;
  const { data, tree, body, bodyLine } = read;
  const lang = preferredLang(data, config);
  const schema = articleSchemaFor(config, lang);
  const parsed = schema.safeParse(data);
  const image = parsed.success ? parsed.data.image : undefined;
  const src = image ? resolveImagePath(image.src, file.path) : undefined;
  const escape = image && src === undefined ? [imageEscape(file, tree, image.src)] : [];
  if (!parsed.success)
    return { ok: false, errors: toErrors(parsed.error.issues, file, tree, data, schema) };
  const fm = parsed.data;
  const errors: ContentError[] = [...escape];
  if (fm.updated && fm.updated.ms < fm.date.ms) {
    const pos = tree.locate(["updated"]);
    errors.push(
      contentError(
        file.displayPath,
        "E_DATE_ORDER",
        `updated (${fm.updated.iso}) is before date (${fm.date.iso})`,
        "updated must be the same as or later than date",
        pos.line,
        pos.col,
      ),
    );
  }
  const slug = fm.slug ?? fileSlug(file, config, errors);
  const bodyError = emptyBody(file, body, bodyLine);
  if (errors.length > 0 || bodyError)
    return { ok: false, errors: bodyError ? [...errors, bodyError] : errors };
  const tags = dedupe(fm.tags);
  const authors = dedupe(fm.authors);
  const article: ArticleMeta = {
    source: file.path,
    id: fm.id ?? file.path,
    lang: fm.lang ?? lang,
    title: fm.title,
    date: fm.date,
    ...(fm.updated ? { updated: fm.updated } : {}),
    section: fm.section,
    tags,
    authors,
    ...(fm.summary !== undefined ? { summary: fm.summary } : {}),
    ...(fm.translationKey !== undefined ? { translationKey: fm.translationKey } : {}),
    ...(fm.image && src !== undefined
      ? { image: { ...fm.image, src, ...tree.locate(["image", "src"]) } }
      : {}),
    featured: fm.featured,
    ...(fm.featuredUntil ? { featuredUntil: fm.featuredUntil } : {}),
    draft: fm.draft,
    ...(fm.publishAt ? { publishAt: fm.publishAt } : {}),
    ...(fm.expires ? { expires: fm.expires } : {}),
    slug,
    corrections: fm.corrections.map((c) => ({ at: c.at, note: c.note })),
    body,
    bodyLine,
    displayPath: file.displayPath,
    fieldAt: fieldPositions(tree, data, {
      authors: { written: fm.authors, kept: authors },
      tags: { written: fm.tags, kept: tags },
    }),
  };
  return { ok: true, article };
}

/** Parses a plain page file (`pages/about.md`) into `PageMeta`, or returns all of its problems. */
export function parsePage(
  file: SourceFile,
  text: string,
  config: SiteConfig,
): { ok: true; page: PageMeta } | { ok: false; errors: ContentError[] } {
  const read = readFrontMatter(file, text);
  if (!read.ok) return read;
  const { data, tree, body, bodyLine } = read;
  const schema = pageSchema(config);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, errors: toErrors(parsed.error.issues, file, tree, data, schema) };
  const fm = parsed.data;
  const errors: ContentError[] = [];
  const slug = fm.slug ?? fileSlug(file, config, errors);
  const bodyError = emptyBody(file, body, bodyLine);
  if (errors.length > 0 || bodyError)
    return { ok: false, errors: bodyError ? [...errors, bodyError] : errors };
  const page: PageMeta = {
    source: file.path,
    lang: fm.lang ?? preferredLang(data, config),
    slug,
    title: fm.title,
    ...(fm.summary !== undefined ? { summary: fm.summary } : {}),
    fieldAt: fieldPositions(tree, data),
    body,
    bodyLine,
    displayPath: file.displayPath,
  };
  return { ok: true, page };
}

type Read =
  | { ok: true; data: Record<string, unknown>; tree: YamlTree; body: string; bodyLine: number }
  | { ok: false; errors: ContentError[] };

/**
 * Checks the fences ourselves, then reads the block through gray-matter (YAML only); an empty front
 * matter is an empty mapping (so `title` is reported missing).
 */
function readFrontMatter(file: SourceFile, text: string): Read {
  const split = splitFrontMatter(text, file.displayPath);
  if (!split.ok) return { ok: false, errors: [split.error] };
  const { yaml, body, bodyLine } = split.block;
  const parsed = parseFrontMatterBlock(yaml, {
    file: file.displayPath,
    firstLine: 2,
    maxBytes: MAX_FRONT_MATTER_BYTES,
  });
  if (!parsed.ok) return parsed;
  const { data } = parsed.tree;
  if (data === null)
    return {
      ok: true,
      data: Object.create(null) as Record<string, unknown>,
      tree: parsed.tree,
      body,
      bodyLine,
    };
  if (typeof data !== "object" || Array.isArray(data)) {
    const kind = Array.isArray(data) ? "a list" : "a single value";
    return {
      ok: false,
      errors: [
        contentError(
          file.displayPath,
          "E_FM_NOT_MAPPING",
          `front matter is ${kind}, not a mapping`,
          "write key: value lines (title: …, date: …, section: …)",
          2,
          1,
        ),
      ],
    };
  }
  return { ok: true, data: data as Record<string, unknown>, tree: parsed.tree, body, bodyLine };
}

function toErrors(
  issues: readonly z.core.$ZodIssue[],
  file: SourceFile,
  tree: YamlTree,
  data: unknown,
  schema: z.ZodType,
): ContentError[] {
  return sortContentErrors(
    issuesToErrors(issues, {
      file: file.displayPath,
      tree,
      data,
      schema,
      requiredCodes: REQUIRED_CODES,
    }),
  );
}

/** The article's language as far as it can be read before validation (for date bylines). */
function preferredLang(data: Record<string, unknown>, config: SiteConfig): Lang {
  const raw = data["lang"];
  return typeof raw === "string" && isLang(raw) && config.languages.includes(raw)
    ? raw
    : config.languages[0]!;
}

/** The slug from the file name (`a.md` → `a`) in the site's style; a reserved result is an error. */
function fileSlug(file: SourceFile, config: SiteConfig, errors: ContentError[]): string {
  const name = path.posix.basename(file.path, ".md");
  const slug = slugify(name, config.slugStyle);
  if (
    isWindowsReservedName(slug) ||
    isReservedSegment(slug) ||
    !isValidSlug(slug, config.slugStyle)
  ) {
    errors.push(
      contentError(
        file.displayPath,
        "E_SLUG_RESERVED",
        `the file name gives the reserved slug "${slug}"`,
        "rename the file or add a slug: field",
      ),
    );
  }
  return slug;
}

function imageEscape(file: SourceFile, tree: YamlTree, src: string): ContentError {
  const pos = tree.locate(["image", "src"]);
  return contentError(
    file.displayPath,
    "E_PATH_ESCAPE",
    `image.src "${src}" leaves the content folder`,
    "keep images inside the content folder (e.g. media/)",
    pos.line,
    pos.col,
  );
}

function emptyBody(file: SourceFile, body: string, bodyLine: number): ContentError | undefined {
  if (body.trim() !== "") return undefined;
  return contentError(
    file.displayPath,
    "E_BODY_EMPTY",
    "the file has no body text",
    "write the text below the closing ---",
    bodyLine,
    1,
  );
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
