// Makes untrusted text safe on one terminal or CI log line: controls and invisible line breaks escaped.

/**
 * What a log line must never carry raw: control characters (C0 with tab, LF, CR and ESC; DEL; C1),
 * the Unicode line and paragraph separators, bidirectional marks and overrides, U+FEFF, U+FFFE,
 * U+FFFF and lone surrogates. Any of them could end the line, repaint the terminal or reorder it.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/gu;

/** `text` with every unsafe character written as a `\u001b`-style escape, so it prints on one line. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A file name for the start of a log line: escaped, and prefixed with `./` when it starts with `:`,
 * so no line can begin with `::` (a GitHub Actions workflow command such as `::add-mask::`).
 */
export function terminalFileName(file: string): string {
  const shown = escapeForTerminal(file);
  return shown.startsWith(":") ? `./${shown}` : shown;
}
