// Turns the `yaml` parser's own errors into located content errors, each with a code and a hint.
import type { YAMLError } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import type { Position } from "./yaml-tree.ts";

const ERROR_CODES: Record<string, string> = {
  DUPLICATE_KEY: "E_YAML_DUP_KEY",
  TAB_AS_INDENT: "E_YAML_TAB",
  RESOURCE_EXHAUSTION: "E_YAML_DEPTH",
};
const HINTS: Record<string, string> = {
  E_YAML_TAB: "indent with spaces, not tabs",
  E_YAML_DUP_KEY: "remove or rename one of the keys",
  E_YAML_DEPTH: "flatten the structure",
};
const MESSAGES: Record<string, string> = {
  E_YAML_DUP_KEY: "duplicate key",
  E_YAML_TAB: "tab used for indentation",
};
const SYNTAX_HINT = "check the YAML syntax near this position (quote text that contains a colon)";

/** Where the YAML text sits in its file, to locate the parser's errors. */
export interface SyntaxContext {
  file: string;
  /** The file line the YAML text starts on. */
  firstLine: number;
  /** The file position of an offset into the YAML text. */
  at: (offset: number) => Position;
}

/** One content error per line and code for the parser's errors; a tab-indented line is `E_YAML_TAB`. */
export function syntaxErrors(
  parserErrors: readonly YAMLError[],
  src: string,
  where: SyntaxContext,
): ContentError[] {
  const errors: ContentError[] = [];
  const lines = src.split("\n");
  for (const e of parserErrors) {
    const pos = where.at(e.pos[0]);
    const srcLine = lines[pos.line - where.firstLine] ?? "";
    const tabbed = /^[ ]*\t/.test(srcLine);
    const code = tabbed ? "E_YAML_TAB" : (ERROR_CODES[e.code] ?? "E_YAML_SYNTAX");
    const hint = HINTS[code] ?? SYNTAX_HINT;
    const message = MESSAGES[code] ?? e.message.split("\n")[0]!;
    if (!errors.some((x) => x.line === pos.line && x.code === code))
      errors.push(contentError(where.file, code, message, hint, pos.line, pos.col));
  }
  return errors;
}
