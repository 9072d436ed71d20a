// The error overlay of the preview server: a fixed box at the top of every HTML response listing
// each located problem and its hint, HTML-escaped (content is untrusted).
import type { ContentError } from "../content/errors.ts";

/** The overlay element's id (tests and the page look it up by it). */
export const OVERLAY_ID = "broadsheet-errors";

const STYLE = [
  "position:fixed",
  "top:0",
  "left:0",
  "right:0",
  "z-index:2147483647",
  "max-height:60vh",
  "overflow:auto",
  "margin:0",
  "padding:12px 16px",
  "background:#fff4f4",
  "color:#5c0000",
  "border-bottom:4px solid #b00020",
  "font:14px/1.45 ui-monospace,monospace",
  "white-space:pre-wrap",
  "text-align:left",
].join(";");

/** Escapes text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The overlay for `errors`: one list item per problem, `file:line:col CODE message` then its hint. */
export function overlayHtml(errors: readonly ContentError[]): string {
  const n = errors.length;
  const items = errors
    .map(
      (e) =>
        `<li><code>${escapeHtml(`${e.file}:${e.line}:${e.col} ${e.code} ${e.message}`)}</code>` +
        `<br>hint: ${escapeHtml(e.hint)}</li>`,
    )
    .join("");
  return (
    `<div id="${OVERLAY_ID}" role="alert" lang="en" style="${STYLE}">` +
    `<p style="margin:0 0 8px;font-weight:bold">${n} error${n === 1 ? "" : "s"}: this page is from the last build that succeeded. Fix the file and the page reloads.</p>` +
    `<ol style="margin:0;padding-left:24px">${items}</ol></div>`
  );
}

/** `html` with `overlay` right after the `<body>` open tag (or in front of everything without one). */
export function injectOverlay(html: string, overlay: string): string {
  if (overlay === "") return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return overlay + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + overlay + html.slice(at);
}
