// Content errors are values: stages collect them, only the CLI prints them and picks the exit code.
import { escapeForTerminal, terminalFileName } from "./terminal-text.ts";

/** Thrown by `parse*` helpers deep in a call chain; caught and turned into a `ContentError` value. */
export class ContentErrorException extends Error {
  constructor(readonly error: ContentError) {
    super(
      escapeForTerminal(`${error.file}:${error.line}:${error.col} ${error.code} ${error.message}`),
    );
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

/**
 * Formats one problem per docs/ARCHITECTURE.md (Contracts): the located line, an indented hint. The
 * one door every printed problem goes through: each untrusted part is escaped onto its one line.
 */
export function formatContentError(e: ContentError): string {
  const [code, message, hint] = [e.code, e.message, e.hint].map(escapeForTerminal);
  return `${terminalFileName(e.file)}:${e.line}:${e.col} ${code} ${message}\n  hint: ${hint}`;
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

/**
 * One located problem in the content tree (format: docs/ARCHITECTURE.md, Contracts); errors are
 * values until the CLI prints them.
 */
export interface ContentError {
  /** Path relative to the working directory, posix separators (e.g. `content/articles/a.md`). */
  file: string;
  /** 1-based line; 1 for a file-level problem. */
  line: number;
  /** 1-based column; 1 for a file-level problem. */
  col: number;
  /** Stable code, `E_*` for errors and `W_*` for warnings. */
  code: string;
  message: string;
  hint: string;
}
