// Terminal lines of the preview server: problems through `formatContentError`, with every control
// character of untrusted text made visible so content cannot move the cursor or fake a line.
import { formatContentError, type ContentError } from "../content/errors.ts";

/** `text` with C0/C1 controls (newlines and escapes included) shown as `\u{…}`. */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    return `\\u{${c.codePointAt(0)!.toString(16)}}`;
  });
}

/** One problem as the terminal shows it: `file:line:col CODE message`, then `  hint: …`. */
export function terminalError(e: ContentError): string {
  return formatContentError({
    ...e,
    file: visibleControls(e.file),
    code: visibleControls(e.code),
    message: visibleControls(e.message),
    hint: visibleControls(e.hint),
  });
}
