// Transform: curly quotes, dashes and ellipses (remark-smartypants), with Chinese double quotes
// paired first, and never inside code or on a tree the depth check refused.
import type { Nodes, Root } from "mdast";
import remarkSmartypants from "remark-smartypants";
import type { Transformer } from "unified";
import { RenderState } from "../state.ts";

const HAN = /\p{Script=Han}/u;
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/** The text nodes under `node` in reading order, leaving out code (iterative: no deep recursion). */
function textNodes(node: Nodes): { value: string }[] {
  const out: { value: string }[] = [];
  const stack: Nodes[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === "text") out.push(n);
    else if ("children" in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/**
 * In a block with Han text, straight double quotes become “ and ” in turn: smartypants reads a
 * quote after a Han character as closing, but Chinese sets no space before an opening quote.
 */
export function pairCjkQuotes(tree: Root): void {
  const stack: Nodes[] = [tree];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (BLOCKS.has(n.type)) {
      const texts = textNodes(n);
      if (!texts.some((t) => HAN.test(t.value))) continue;
      let open = true;
      for (const t of texts) {
        t.value = t.value.replace(/"/g, () => {
          const mark = open ? "\u201c" : "\u201d";
          open = !open;
          return mark;
        });
      }
    } else if ("children" in n) for (const c of n.children) stack.push(c);
  }
}

/** remark plugin: Chinese quotes paired, then SmartyPants; skipped when the render is fatal. */
export function remarkSmartQuotes() {
  const smarty = (remarkSmartypants as unknown as () => Transformer<Root>)();
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    if (RenderState.of(file).fatal) return;
    pairCjkQuotes(tree);
    void smarty(tree, file as never, () => undefined);
  };
}
