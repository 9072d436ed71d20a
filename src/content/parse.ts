// The parse stage: site.yaml, authors, tags, redirects.lock, media and every Markdown file's front
// matter, each problem a located error. Articles that fail are left out; the rest go on.
import path from "node:path";
import { fingerprint } from "../fingerprint.ts";
import { parseAuthors, type AuthorConfig } from "./authors.ts";
import { parseNow } from "./dates.ts";
import { contentError, type ContentError } from "./errors.ts";
import { parseArticle, parsePage, type ArticleMeta, type PageMeta } from "./front-matter.ts";
import { decodeKnownText, decodeText } from "./decode.ts";
import type { MediaFile, SourceFile } from "./load.ts";
import { MediaIndex } from "./media-index.ts";
import { mediaReadError } from "./media-read.ts";
import { PARSE_INPUTS, ParseCache, type ParsedFile } from "./parse-cache.ts";
import { parseRedirectsLock, type RedirectsLock } from "./redirects-lock.ts";
import { parseSiteConfig, type SiteConfig } from "./site-config.ts";
import { sourceDigest } from "./source-digest.ts";
import { parseTagRegistry, type TagRegistryEntry } from "./tag-registry.ts";
import type { MediaAsset, Stamp } from "./values.ts";

/** What the parse stage needs besides the files. */
export interface ParseOptions {
  /** The build clock as given on the command line (`--now`); default: the real clock. */
  now?: string;
  /** The content folder as errors show it (relative to where the command was started). */
  contentDisplay: string;
  /** The cache folder: unchanged Markdown files' parses are read from it (`parse/`); false: none. */
  cacheDir?: string | false;
}

/** Everything parsed from the content tree; `config` is missing when site.yaml failed. */
export interface ParsedContent {
  config?: SiteConfig;
  now?: Stamp;
  authors: AuthorConfig[];
  tagRegistry: TagRegistryEntry[];
  redirectsLock?: RedirectsLock;
  /** Media by content path (`media/a.jpg`), with their files (read when a rendition is made). */
  media: Map<string, { asset: MediaAsset; file: MediaFile }>;
  articles: ArticleMeta[];
  pages: PageMeta[];
  /**
   * What decides each article's and page's body, by content path: the parse code's fingerprint and
   * the file's digest (the body index maps it to the body's cache key: no hashing of the body again).
   */
  bodyOrigins: Map<string, string>;
  errors: ContentError[];
}

/**
 * Parses every text file the load stage read and describes its media files (read only when the
 * media index lacks them); collects every problem instead of stopping at the first.
 */
export function parseContent(
  files: readonly SourceFile[],
  opts: ParseOptions,
  media: readonly MediaFile[] = [],
): ParsedContent {
  const out: ParsedContent = {
    authors: [],
    tagRegistry: [],
    media: new Map(),
    articles: [],
    pages: [],
    bodyOrigins: new Map(),
    errors: [],
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const siteFile = byPath.get("site.yaml");
  if (!siteFile) {
    out.errors.push(
      contentError(
        path.posix.join(opts.contentDisplay, "site.yaml"),
        "E_SITE_MISSING",
        "site.yaml is missing",
        "every content tree needs a site.yaml (see README: Content)",
      ),
    );
    return out;
  }
  const site = parseSiteConfig(siteFile);
  if (!site.ok) {
    out.errors.push(...site.errors);
    return out;
  }
  const config = (out.config = site.config);
  const authors = parseAuthors(byPath.get("authors.yaml"), config);
  if (authors.ok) out.authors = authors.authors;
  else out.errors.push(...authors.errors);
  const tags = parseTagRegistry(byPath.get("tags.yaml"), config);
  if (tags.ok) out.tagRegistry = tags.entries;
  else out.errors.push(...tags.errors);
  const lock = parseRedirectsLock(byPath.get("redirects.lock"));
  if (lock.ok) out.redirectsLock = lock.lock;
  else out.errors.push(...lock.errors);
  out.now = parseNow(opts.now, config.timeZone, config.languages[0]!);
  if (!out.now) {
    out.errors.push(
      contentError(
        "--now",
        "E_NOW_INVALID",
        `--now "${opts.now}" is not a date`,
        "use ISO 8601, e.g. 2024-01-02T09:00:00+08:00",
      ),
    );
  }
  const cache = opts.cacheDir ? ParseCache.open(opts.cacheDir, config) : undefined;
  for (const f of files) {
    if (f.path.endsWith(".md")) parseMarkdownFile(f, config, out, cache);
  }
  cache?.save();
  const index = MediaIndex.open(opts.cacheDir ?? false);
  for (const f of media) parseMedia(f, out, index);
  index.save();
  return out;
}

function parseMedia(f: MediaFile, out: ParsedContent, index: MediaIndex): void {
  try {
    const m = index.describe(f);
    if (m.ok) out.media.set(f.path, { asset: m.asset, file: f });
    else out.errors.push(m.error);
  } catch (err) {
    // Listed a moment ago: grown over the cap, removed or unreadable since.
    const error = mediaReadError(f, err);
    if (!error) throw err;
    out.errors.push(error);
  }
}

function parseMarkdownFile(
  f: SourceFile,
  config: SiteConfig,
  out: ParsedContent,
  cache: ParseCache | undefined,
): void {
  const isArticle = f.path.startsWith("articles/");
  if (!isArticle && !f.path.startsWith("pages/")) return;
  const key = cache?.keyOf(f);
  // A file the cache knows decoded before, byte for byte: its text is not checked again.
  const known = key !== undefined && cache!.has(key);
  const d = known ? { ok: true as const, text: decodeKnownText(f) } : decodeText(f);
  if (!d.ok) {
    out.errors.push(d.error);
    return;
  }
  let r = key === undefined ? undefined : cache!.get(key, d.text);
  if (!r) {
    r = parseMarkdown(f, d.text, config, isArticle);
    if (key !== undefined) cache!.set(key, d.text, r);
  }
  if (r.article) out.articles.push(r.article);
  if (r.page) out.pages.push(r.page);
  if (r.article || r.page) out.bodyOrigins.set(f.path, bodyOrigin(f));
  out.errors.push(...r.errors);
}

/** What decides the body parsed from `f`: the parse code and the file's bytes (the body is a slice of its text). */
function bodyOrigin(f: SourceFile): string {
  return `${fingerprint(PARSE_INPUTS)}:${sourceDigest(f)}`;
}

/** One article or page file's parse, as the parse cache keeps it. */
function parseMarkdown(
  f: SourceFile,
  text: string,
  config: SiteConfig,
  isArticle: boolean,
): ParsedFile {
  if (isArticle) {
    const r = parseArticle(f, text, config);
    return r.ok ? { article: r.article, errors: [] } : { errors: r.errors };
  }
  const r = parsePage(f, text, config);
  return r.ok ? { page: r.page, errors: [] } : { errors: r.errors };
}
