// The one frozen unified chain that turns a Markdown body into sanitized HTML, and its factory.
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { figureHandler } from "./figure.ts";
import { remarkGfmLite } from "./gfm.ts";
import { remarkArticleLinks } from "./plugins/links.ts";
import { remarkBodyImages } from "./plugins/images.ts";
import { remarkDepthCheck } from "./plugins/depth-check.ts";
import { remarkFigures } from "./plugins/figures.ts";
import { remarkPictures } from "./plugins/pictures.ts";
import { remarkInlineReferences } from "./plugins/references.ts";
import { remarkSmartQuotes } from "./plugins/smart-quotes.ts";
import { remarkRawHtmlCheck } from "./plugins/raw-html-check.ts";
import { remarkUrlCheck } from "./plugins/url-check.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** A plugin that adds GFM to the parse step (ours, or remark-gfm as the tests' reference). */
export type GfmPlugin = (this: Processor) => undefined;

/**
 * parse (CommonMark + `gfm`) → our mdast transforms, in order → remark-html with sanitize on, which
 * stays the last tree step (R26). The transforms read their per-call state from `file.data`
 * (see `state.ts`). The depth check runs first: nothing may walk a too-deep tree. Smart quotes
 * (curly quotes, dashes, ellipses) touch text nodes only: code and inline code stay as written.
 */
export function createProcessor(gfm: GfmPlugin) {
  return unified()
    .use(remarkParse)
    .use(gfm)
    .use(remarkDepthCheck)
    .use(remarkRawHtmlCheck)
    .use(remarkUrlCheck)
    .use(remarkInlineReferences)
    .use(remarkArticleLinks)
    .use(remarkBodyImages)
    .use(remarkFigures)
    .use(remarkPictures)
    .use(remarkSmartQuotes)
    .use(remarkHtml, { sanitize: sanitizeSchema, handlers: { figure: figureHandler } })
    .freeze();
}

/**
 * The chain with GFM minus micromark's autolink-literal tokenizer, GFM's costliest part (`gfm.ts`).
 * Note: built once and frozen; a processor per call costs twice as much.
 */
export const processor = createProcessor(remarkGfmLite);
