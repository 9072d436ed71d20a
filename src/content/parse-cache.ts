// The parse cache: each Markdown file's parse result (its metadata, or its errors) kept in one
// checksummed pack in `.cache/parse/`, keyed by the file's bytes, path, the parse code's fingerprint
// and the site config, so an unchanged file skips YAML, zod and dates. Status is never cached.
import { createHash } from "node:crypto";
import path from "node:path";
import { readPack, writePack } from "./cache-pack.ts";
import type { ContentError } from "./errors.ts";
import type { ArticleMeta, PageMeta } from "./front-matter.ts";
import type { SourceFile } from "./load.ts";
import type { SiteConfig } from "./site-config.ts";
import { sourceDigest } from "./source-digest.ts";
import { fingerprint } from "../fingerprint.ts";

/** What the parse code reads: `src/content/` and the leaves it imports, and the locked libraries. */
export const PARSE_INPUTS = [
  "src/content",
  "src/routes.ts",
  "src/strings.ts",
  "src/url-scheme.ts",
  "src/xml-chars.ts",
  "src/own-string.ts",
  "src/fingerprint.ts",
  "package-lock.json",
];

/** One Markdown file's parse: its article or page, or its errors (a cached bad file still fails). */
export interface ParsedFile {
  article?: ArticleMeta;
  page?: PageMeta;
  errors: ContentError[];
}

/** A stored parse; the body is kept as an offset into the file's text when it is a plain slice. */
type Stored = Omit<ParsedFile, "article" | "page"> & {
  article?: Omit<ArticleMeta, "body"> & { body?: string };
  page?: Omit<PageMeta, "body"> & { body?: string };
  /** Where the body starts in the decoded text, when the body is `text.slice(bodyAt)`. */
  bodyAt?: number;
};

const FORMAT = "broadsheet-parse-1";

/** The parse cache of one build: the entries read at start, and the ones this build used. */
export class ParseCache {
  private readonly used = new Map<string, Stored>();
  /** Files served from the cache, and parsed afresh, by this build. */
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string,
    private readonly scope: string,
    private readonly entries: ReadonlyMap<string, Stored>,
  ) {}

  /** Opens the pack in `cacheDir` for a build with `config`; a missing or damaged pack is empty. */
  static open(cacheDir: string, config: SiteConfig): ParseCache {
    const file = path.join(cacheDir, "parse", "entries.json");
    const scope = createHash("sha256")
      .update(fingerprint(PARSE_INPUTS))
      .update("\0")
      .update(JSON.stringify(config))
      .digest("hex");
    return new ParseCache(file, scope, readPack<Stored>(file, FORMAT));
  }

  /** The key of `file`: its bytes, its paths and the cache's scope. */
  keyOf(file: SourceFile): string {
    return createHash("sha256")
      .update(this.scope)
      .update("\0")
      .update(file.path)
      .update("\0")
      .update(file.displayPath)
      .update("\0")
      .update(sourceDigest(file))
      .digest("hex");
  }

  /** Whether the cache holds the parse of the file with `key` (which then decoded before). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The cached parse of `file` (whose decoded text is `text`), or undefined. */
  get(key: string, text: string): ParsedFile | undefined {
    const s = this.entries.get(key);
    if (!s) return undefined;
    this.hits++;
    this.used.set(key, s);
    const body = (b: string | undefined): string => b ?? text.slice(s.bodyAt ?? 0);
    return {
      errors: s.errors,
      ...(s.article ? { article: { ...s.article, body: body(s.article.body) } } : {}),
      ...(s.page ? { page: { ...s.page, body: body(s.page.body) } } : {}),
    };
  }

  /** Records a fresh parse of the file with `key` and decoded `text`. */
  set(key: string, text: string, parsed: ParsedFile): void {
    this.misses++;
    const meta = parsed.article ?? parsed.page;
    const at = meta ? text.length - meta.body.length : -1;
    const sliced = meta !== undefined && text.slice(at) === meta.body;
    const strip = <T extends { body: string }>(m: T): Omit<T, "body"> & { body?: string } => {
      if (!sliced) return m;
      const { body: _body, ...rest } = m;
      return rest;
    };
    this.used.set(key, {
      errors: parsed.errors,
      ...(parsed.article ? { article: strip(parsed.article) } : {}),
      ...(parsed.page ? { page: strip(parsed.page) } : {}),
      ...(sliced ? { bodyAt: at } : {}),
    });
  }

  /**
   * Writes the pack with the entries this build used (so it holds no more than one build's files),
   * atomically; only when something was parsed afresh or dropped. A failure to write is ignored.
   */
  save(): void {
    if (this.misses === 0 && this.used.size === this.entries.size) return;
    writePack(this.file, FORMAT, this.used);
  }
}
