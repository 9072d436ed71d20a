// Transform: every raw HTML node is an error, never remark-html's silent drop.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { RenderState } from "../state.ts";

/** How much of a raw HTML snippet an error message quotes. */
const SNIPPET_CHARS = 40;

/**
 * remark plugin: E_RAW_HTML for every `html` node (block, inline, comments).
 * Note: remark-html 16 drops raw HTML and its text silently (R25).
 */
export function remarkRawHtmlCheck() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, "html", (node) => {
      const snippet =
        node.value.length > SNIPPET_CHARS ? `${node.value.slice(0, SNIPPET_CHARS)}…` : node.value;
      state.report(
        node,
        "E_RAW_HTML",
        `raw HTML is not allowed: ${JSON.stringify(snippet)}`,
        "use Markdown instead of HTML (to show a tag as text, put it in `backticks`)",
      );
    });
  };
}
