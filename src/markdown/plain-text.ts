// The plain text of a body: for search, excerpts and the "nothing lost" check.
import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

/** Containers of blocks (or cells): their children's texts are joined by a space. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  "root",
  "blockquote",
  "list",
  "listItem",
  "table",
  "tableRow",
  "footnoteDefinition",
]);

/** Text of `node`: mdast-util-to-string for leaves, a space between blocks and for hard breaks. */
function textOf(node: Nodes): string {
  if (node.type === "break") return " ";
  if (!("children" in node)) return toString(node);
  return node.children.map(textOf).join(BLOCK_CONTAINERS.has(node.type) ? " " : "");
}

/**
 * The body's mdast plain text with whitespace collapsed to single spaces and trimmed.
 * Note: mdast-util-to-string alone glues blocks and hard breaks together (`end.Next`); a space
 * separates them here, as line breaks do in the HTML's text. Image alt text counts, as in
 * mdast-util-to-string; footnote markers and figure captions (image titles) do not.
 */
export function plainText(tree: Nodes): string {
  return textOf(tree).replace(/\s+/g, " ").trim();
}
