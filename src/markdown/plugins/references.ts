// Transform: turn reference links and images into plain ones, so later transforms see one shape.
import type { Definition, Image, Link, Parent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { RenderState } from "../state.ts";

/**
 * remark plugin: replaces `[text][ref]` and `![alt][ref]` with `link`/`image` nodes carrying the
 * definition's URL and title (micromark only makes a reference when its definition exists).
 */
export function remarkInlineReferences() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    if (RenderState.of(file).fatal) return;
    const definitions = new Map<string, Definition>();
    visit(tree, "definition", (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    visit(tree, (node, index, parent) => {
      if (
        (node.type !== "linkReference" && node.type !== "imageReference") ||
        index === undefined ||
        !parent
      ) {
        return;
      }
      const definition = definitions.get(node.identifier);
      if (!definition) return;
      const common = {
        url: definition.url,
        title: definition.title ?? null,
        position: node.position,
      };
      const replacement: Link | Image =
        node.type === "linkReference"
          ? { type: "link", ...common, children: node.children }
          : { type: "image", ...common, alt: node.alt ?? null };
      const container: Parent = parent;
      container.children[index] = replacement;
    });
  };
}
