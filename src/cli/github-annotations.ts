// `--format github`: each problem as a GitHub Actions workflow command, so it lands on the pull
// request's line. Untrusted text (file names, messages) is escaped so it can neither split the
// line nor forge another annotation.
import { isWarning, type ContentError } from "../content/errors.ts";

/**
 * Characters GitHub does not escape but that must not reach a log line raw: the other controls
 * (`\p{Cc}`: ESC starts terminal sequences, NEL ends a line; CR and LF are escaped first), the
 * Unicode line and paragraph separators, and the bidirectional marks that make a line read
 * differently from what it holds; noncharacters and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|\p{Cs}/gu;

/** `\x1B`, `\u2028`: an unsafe character spelled out, visible and inert. */
function spell(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/** Escapes a workflow command's message as GitHub does (`%25`, `%0D`, `%0A`), other controls spelled out. */
export function escapeData(text: string): string {
  return text
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(UNSAFE, spell);
}

/** Escapes a workflow command's property value: as a message, plus `%3A` (`:`) and `%2C` (`,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** A whole number for `line=`/`col=` (a position is always one; anything else becomes 1). */
function position(n: number): string {
  return String(Number.isSafeInteger(n) && n > 0 ? n : 1);
}

/**
 * One problem as one line: `::error file=…,line=…,col=…,title=CODE::message%0Ahint: …`
 * (`::warning` for `W_*`). The file is named as errors name it: relative to where the command started.
 */
export function annotation(e: ContentError): string {
  const level = isWarning(e) ? "warning" : "error";
  const props = [
    `file=${escapeProperty(e.file)}`,
    `line=${position(e.line)}`,
    `col=${position(e.col)}`,
    `title=${escapeProperty(e.code)}`,
  ].join(",");
  return `::${level} ${props}::${escapeData(`${e.message}\nhint: ${e.hint}`)}`;
}
