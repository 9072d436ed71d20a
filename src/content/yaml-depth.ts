// How deep YAML may nest, and a token-level check that finds deeper nesting before any tree is built.
import { Lexer } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import type { Position } from "./yaml-tree.ts";

/** Deepest nesting of lists and maps: front matter needs two or three levels; a cap bounds the work. */
export const MAX_YAML_DEPTH = 8;

/** The error for nesting deeper than `MAX_YAML_DEPTH`, at `pos`. */
export function depthError(file: string, pos: Position): ContentError {
  return contentError(
    file,
    "E_YAML_DEPTH",
    `nesting deeper than ${MAX_YAML_DEPTH} levels`,
    "flatten the structure",
    pos.line,
    pos.col,
  );
}

/** Where the YAML text (starting on file line `firstLine`) first nests too deep, or undefined. */
export function findTooDeep(src: string, firstLine: number): Position | undefined {
  const deep = prescanDepth(src);
  if (deep === -1) return undefined;
  const before = src.slice(0, deep);
  const line = firstLine + (before.match(/\n/g)?.length ?? 0);
  const col = deep - before.lastIndexOf("\n");
  return { line, col };
}

/**
 * Finds nesting deeper than the limit from tokens alone, before building a tree: the `yaml` parser
 * itself runs out of memory on `- `×20000 or `[`×20000. Returns the offset, or -1.
 */
function prescanDepth(src: string): number {
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  for (const token of new Lexer().lex(src)) {
    if (token === "[" || token === "{") flow++;
    else if (token === "]" || token === "}") flow = Math.max(0, flow - 1);
    else if (token === "\n" || token === "\r\n") indicators = 0;
    else if (token === "-" || token === "?") indicators++;
    if (flow + indicators > MAX_YAML_DEPTH) return offset;
    // Lexer control tokens (document start, scalar marker…) are not part of the source text.
    if (!(token.length === 1 && token < " " && token !== "\n" && token !== "\t"))
      offset += token.length;
  }
  return -1;
}
