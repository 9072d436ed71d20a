// Transform: curly quotes, dashes and ellipses (retext-smartypants), with Chinese double quotes
// paired first, and never inside code or on a tree the depth check refused.
import type { Nodes, Root } from "mdast";
import { retext } from "retext";
import retextSmartypants from "retext-smartypants";
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

/** Quotes only: they never change the text's length, so the whole text can be educated at once. */
const quotes = retext()
  .use(retextSmartypants, { ellipses: false, dashes: false, backticks: false })
  .freeze();
/** Dashes, ellipses and double backticks, one text node at a time (they change its length). */
const marks = retext().use(retextSmartypants, { quotes: false }).freeze();
/** What `quotes` can change. */
const QUOTE = /["']/;
/** What `marks` can change: `--`, `` `` ``, `''`, and three dots (spaced or not). */
const MARK = /--|``|''|\.[\s\u0085]*\.[\s\u0085]*\./;

/** Where a block starts in `gather`'s list: one space in the text, no node to write back. */
const BLOCK_START = { type: "block", value: " " };

/**
 * The literal nodes in reading order as remark-smartypants 3 gathers them (text, and inline code
 * as a same-length stand-in), with a space at the start of each block so a quote there opens
 * (`BLOCK_START` in the list).
 */
function gather(tree: Root): { nodes: { type: string; value: string }[]; text: string } {
  const nodes: { type: string; value: string }[] = [];
  let text = "";
  const stack: Nodes[] = [tree];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === "text" || n.type === "inlineCode") {
      nodes.push(n);
      text += n.type === "text" ? n.value : "A".repeat(n.value.length);
      continue;
    }
    if (BLOCKS.has(n.type)) {
      nodes.push(BLOCK_START);
      text += " ";
    }
    if ("children" in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return { nodes, text };
}

/**
 * SmartyPants over the body, as remark-smartypants 3 does it (quotes over the whole text, so they
 * pair across emphasis and links; then dashes and ellipses in each text node), but each retext
 * pass runs only where it can change something: parse-latin was 60% of a body's render time.
 */
export function educate(tree: Root): void {
  const { nodes, text } = gather(tree);
  const quoted = QUOTE.test(text) ? quotes.processSync(text).toString() : text;
  let at = 0;
  for (const n of nodes) {
    const end = at + n.value.length;
    if (n.type === "text") {
      const value = quoted.slice(at, end);
      n.value = MARK.test(value) ? marks.processSync(value).toString() : value;
    }
    at = end;
  }
}

/** remark plugin: Chinese quotes paired, then SmartyPants; skipped when the render is fatal. */
export function remarkSmartQuotes() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    if (RenderState.of(file).fatal) return;
    pairCjkQuotes(tree);
    educate(tree);
  };
}
