// Transform: every URL in links, images, autolinks and definitions must use an allowed scheme.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { RenderState } from "../state.ts";
import { classifyUrl } from "../url.ts";

/**
 * remark plugin: E_UNSAFE_URL for a scheme other than http, https or mailto (R26).
 * Checks the URL after micromark decoded it (`jav&#x61;script:`, `javascript&colon;`), on the node.
 */
export function remarkUrlCheck() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, (node) => {
      if (node.type !== "link" && node.type !== "image" && node.type !== "definition") return;
      const kind = classifyUrl(node.url);
      if (kind.kind !== "unsafe") return;
      state.report(
        node,
        "E_UNSAFE_URL",
        `URL scheme "${kind.scheme}:" is not allowed`,
        "use an http(s), mailto or relative URL",
      );
    });
  };
}
