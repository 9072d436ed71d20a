// The bounds a body must stay within before remark compiles it (SECURITY.md rows R22, R23).

/** Deepest mdast nesting allowed (root = 0); deeper trees overflow remark's stack. */
export const MAX_DEPTH = 32;

/** Largest body accepted, in UTF-8 bytes (R22); the loader caps whole files too. */
export const MAX_BODY_BYTES = 512 * 1024;

/**
 * Container markers (`>`, `- `, `1. `) allowed at the start of one line before parsing.
 * Note: remark-parse is superlinear in such prefixes (20k `>` → RangeError after 8 s), so a
 * line-level scan refuses them first; the bound is far above MAX_DEPTH so it never refuses a body
 * the mdast depth check would accept.
 */
export const MAX_LINE_MARKERS = 128;
