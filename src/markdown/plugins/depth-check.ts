// Transform: refuse trees nested deeper than MAX_DEPTH before anything walks them recursively.
import type { Nodes, Root } from "mdast";
import { MAX_DEPTH } from "../limits.ts";
import { RenderState } from "../state.ts";

/** The deepest nesting of `tree` (root = 0) and the first node deeper than `limit`, walked iteratively. */
export function measureDepth(tree: Root, limit: number): { depth: number; first?: Nodes } {
  let depth = 0;
  let first: Nodes | undefined;
  const stack: [Nodes, number][] = [[tree, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, d] = top;
    if (d > depth) depth = d;
    if (d > limit && first === undefined) first = node;
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, d + 1]);
    }
  }
  return first === undefined ? { depth } : { depth, first };
}

/**
 * remark plugin: E_NESTING when the mdast is deeper than MAX_DEPTH, and marks the render fatal so
 * no later transform walks the tree.
 * Note: `>`×2000 or `- `×1000 overflow the stack in toHast (R23); this runs first.
 */
export function remarkDepthCheck() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    const { depth, first } = measureDepth(tree, MAX_DEPTH);
    if (first === undefined) return;
    state.fatal = true;
    state.report(
      first,
      "E_NESTING",
      `nesting depth ${depth} > ${MAX_DEPTH}`,
      "flatten the nested quotes, lists or emphasis around this line",
    );
  };
}
