// Turns a layout's element tree into the text of an HTML file.
import type { VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

/** `<!doctype html>` followed by the static markup of `vnode` (no hydration markers). */
export function renderPage(vnode: VNode): string {
  return "<!doctype html>" + renderToStaticMarkup(vnode);
}
