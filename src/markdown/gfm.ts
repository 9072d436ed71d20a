// GFM for the parse step without micromark's autolink-literal tokenizer, its costliest extension.
// Mirrors remark-gfm 4.0.1: the same micromark extensions minus
// `gfmAutolinkLiteral`, and all five mdast extensions; the autolink one's `transforms` (a regex
// pass over text nodes after parsing, by the remark team) turns bare URLs, `www.` hosts and emails
// into links. Two small passes around it cut text nodes where the tokenizer would have started or
// ended a literal and the regexes would not (`见https://…`), then glue back what stayed text.
// No toMarkdown extensions: nothing here stringifies Markdown.
import type { Root, Text } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { asciiAlpha, unicodePunctuation, unicodeWhitespace } from "micromark-util-character";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import {
  gfmStrikethrough,
  type Options as StrikethroughOptions,
} from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type {} from "remark-parse"; // its types declare the extension lists of `data()`
import type { Processor } from "unified";
import { visit } from "unist-util-visit";

/** The parse options remark-gfm honours (`singleTilde`, default true); the rest only stringify. */
export type GfmLiteOptions = StrikethroughOptions;

/** Text pieces cut off by `cutAtLiteralEdges`; `mergePieces` glues back those left as text. */
const pieces = new WeakSet<Text>();
/** Whether the tree being parsed has pieces (a parse runs synchronously, start to end). */
let hasPieces = false;

/** Whether `i` lies in a URL the text pass takes whole (no whitespace since `http…://`, `www.`). */
function insideUrl(value: string, i: number): boolean {
  const head = value.slice(0, i);
  return /https?:\/\/|www\./i.test(head.slice(head.search(/\S*$/)));
}

/** Whether micromark, unlike the text pass, may start a literal after the character at `i - 1`. */
function onlyMicromarkStartsAfter(value: string, i: number): boolean {
  const code = value.charCodeAt(i - 1);
  return !asciiAlpha(code) && !unicodeWhitespace(code) && !unicodePunctuation(code);
}

/**
 * Where micromark's tokenizer starts or ends a literal but the text pass would not: `http(s)://`
 * right after a character that is no ASCII letter, whitespace or punctuation (`见https://…`,
 * `1https://…`), an address right after `mailto:` or `xmpp:` (micromark links the address alone),
 * and whitespace other than space, tab, CR and LF (U+3000, no-break space), which ends a URL.
 */
function cutPoints(value: string): number[] {
  const cuts: number[] = [];
  for (const { 0: found, index } of value.matchAll(/https?:\/\/|(?:mailto|xmpp):|[^\S\t\n\r ]/gi)) {
    if (found.length === 1) cuts.push(index);
    else if (found === "mailto:" || found === "xmpp:") {
      if (!insideUrl(value, index)) cuts.push(index + found.length);
    } else if (!found.endsWith(":") && onlyMicromarkStartsAfter(value, index)) {
      if (!insideUrl(value, index)) cuts.push(index);
    }
  }
  return cuts.filter((at, k) => at > 0 && at < value.length && at !== cuts[k - 1]);
}

/** mdast transform, before the autolink one: cuts text nodes at `cutPoints`. */
function cutAtLiteralEdges(tree: Root): undefined {
  visit(tree, "text", (node, index, parent) => {
    if (index === undefined || !parent) return;
    const cuts = cutPoints(node.value);
    if (cuts.length === 0) return;
    const rest = cuts.map((start, k) => {
      const piece: Text = { type: "text", value: node.value.slice(start, cuts[k + 1]) };
      pieces.add(piece);
      return piece;
    });
    node.value = node.value.slice(0, cuts[0]);
    parent.children.splice(index + 1, 0, ...rest);
    hasPieces = true;
    return index + 1 + rest.length;
  });
}

/** mdast transform, after the autolink one: merges each piece still text into the text before. */
function mergePieces(tree: Root): undefined {
  if (!hasPieces) return;
  hasPieces = false;
  visit(tree, "text", (node, index, parent) => {
    if (!pieces.has(node) || index === undefined || !parent) return;
    const before = parent.children[index - 1];
    if (before?.type !== "text") return;
    before.value += node.value;
    parent.children.splice(index, 1);
    return index;
  });
}

/** remark plugin: remark-gfm's parsing, with autolink literals found by the mdast text pass. */
export function remarkGfmLite(this: Processor, options?: GfmLiteOptions | null): undefined {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  // remark-gfm pushes one combined extension; pushing its parts in the same order is equivalent
  // (micromark folds extensions left to right, each prepending its constructs per character).
  micromarkExtensions.push(gfmFootnote(), gfmStrikethrough(options), gfmTable(), gfmTaskListItem());
  fromMarkdownExtensions.push([
    { transforms: [cutAtLiteralEdges] },
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    { transforms: [mergePieces] },
  ]);
}
