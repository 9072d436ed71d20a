// Content errors are values: stages collect them, only the CLI prints them and picks the exit code.

import type { ContentError } from "../types.ts";

export type { ContentError };

/** Thrown by `parse*` helpers deep in a call chain; caught and turned into a `ContentError` value. */
export class ContentErrorException extends Error {
  constructor(readonly error: ContentError) {
    super(`${error.file}:${error.line}:${error.col} ${error.code} ${error.message}`);
  }
}

/** Builds a `ContentError`, defaulting the position to the top of the file. */
export function contentError(
  file: string,
  code: string,
  message: string,
  hint: string,
  line = 1,
  col = 1,
): ContentError {
  return { file, line, col, code, message, hint };
}

/** Whether the problem is a warning (`W_*`), which keeps exit 0. */
export function isWarning(e: ContentError): boolean {
  return e.code.startsWith("W_");
}

/** Formats one problem as DESIGN §3.4 shows: the located line, then an indented hint. */
export function formatContentError(e: ContentError): string {
  return `${e.file}:${e.line}:${e.col} ${e.code} ${e.message}\n  hint: ${e.hint}`;
}

/** Sorts problems by file, line and column so output is stable whatever order they were found in. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
