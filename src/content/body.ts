// An article's or page's rendered body by reference: its digest always; its HTML and text held in
// memory, or read back from the body cache only when a page, feed or index needs them (so a 10k
// archive does not keep 200 MB of bodies from the bodies stage to the end of the build).
import { createHash } from "node:crypto";

/**
 * A rendered body. Plain own functions (no class), so it stays itself through any copy of the
 * views; `toJSON` stands it in by its digest in every page-input hash.
 */
export interface Body {
  /** SHA-256 of the HTML and text: what page hashes hold instead of the body. */
  digest(): string;
  /** The sanitized HTML (the only raw HTML that reaches a page). */
  html(): string;
  /** The plain text (mdast to-string, whitespace-normalised): excerpts, reading time, search. */
  text(): string;
  toJSON(): string;
}

/** The digest of a body's HTML and text (the body cache stores it beside them). */
export function bodyDigest(html: string, text: string): string {
  return createHash("sha256").update(html).update("\0").update(text).digest("hex");
}

/** A body whose HTML and text are held in memory (digest computed when first asked). */
export function heldBody(html: string, text: string): Body {
  let digest: string | undefined;
  const body: Body = {
    digest: () => (digest ??= bodyDigest(html, text)),
    html: () => html,
    text: () => text,
    toJSON: () => `\0body:${body.digest()}`,
  };
  return body;
}

/** A body read on demand by `read` (which throws when it cannot), known by `digest` meanwhile. */
export function readBody(digest: string, read: () => { html: string; text: string }): Body {
  const body: Body = {
    digest: () => digest,
    html: () => read().html,
    text: () => read().text,
    toJSON: () => `\0body:${digest}`,
  };
  return body;
}
