// What one body render takes: the body with its place in the file, and the lookups it may make.
import type { MediaAsset } from "../content/values.ts";

/** One article body to render. */
export interface RenderInput {
  /** Content-relative posix path of the article, e.g. "articles/2023/cq-hk.md". */
  source: string;
  /** Path used in errors, e.g. "content/articles/2023/cq-hk.md". */
  displayPath: string;
  /** The Markdown body (front matter already removed; LF line endings). */
  body: string;
  /** 1-based line of the file on which `body` starts (errors count from the file top). */
  bodyLine: number;
  /**
   * What decides `body` (the parse code and its file's digest: `ParsedContent.bodyOrigins`), when
   * known: the body index finds the body's cache key by it, without hashing the body.
   */
  origin?: string;
}

/** What the renderer needs from the rest of the build (no I/O happens here). */
export interface RenderContext {
  /** Site baseUrl, may have a path: "https://example.org/news/". */
  baseUrl: string;
  /** Content-relative posix path of a .md file -> root-relative href of that article (base path included), or undefined if no such article. */
  resolveArticleLink(target: string): string | undefined;
  /** Content-relative paths of the published article files named `fileName` (any folder), sorted. */
  articlesNamed(fileName: string): string[];
  /** Content-relative posix path of an image file -> the asset (`path` without base path), or undefined if the file is missing. */
  resolveImage(target: string): MediaAsset | undefined;
}
