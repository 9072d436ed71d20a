// `--format github`: each problem as a GitHub Actions workflow command, so it lands on the pull
// request's line. Untrusted text (file names, messages) is escaped so it can neither split the
// line nor forge another annotation.
import { isWarning, type ContentError } from "../content/errors.ts";
import { escapeForTerminal } from "../content/terminal-text.ts";

/**
 * Escapes a workflow command's message as GitHub does (`%25`, `%0D`, `%0A`); every other unsafe
 * character is spelled out as in any log line (`escapeForTerminal`).
 */
export function escapeData(text: string): string {
  return escapeForTerminal(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
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
