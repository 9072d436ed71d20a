// The one frozen unified chain that turns a Markdown body into sanitized HTML.
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { figureHandler } from "./figure.ts";
import { remarkArticleLinks } from "./plugins/links.ts";
import { remarkBodyImages } from "./plugins/images.ts";
import { remarkDepthCheck } from "./plugins/depth-check.ts";
import { remarkFigures } from "./plugins/figures.ts";
import { remarkInlineReferences } from "./plugins/references.ts";
import { remarkRawHtmlCheck } from "./plugins/raw-html-check.ts";
import { remarkUrlCheck } from "./plugins/url-check.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/**
 * parse (CommonMark + GFM) → our mdast transforms, in order → remark-html with sanitize on, which
 * stays the last tree step (R26). The transforms read their per-call state from `file.data`
 * (see `state.ts`). The depth check runs first: nothing may walk a too-deep tree (P-23).
 * Note: built once and frozen (P-22); a processor per call costs twice as much.
 */
export const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDepthCheck)
  .use(remarkRawHtmlCheck)
  .use(remarkUrlCheck)
  .use(remarkInlineReferences)
  .use(remarkArticleLinks)
  .use(remarkBodyImages)
  .use(remarkFigures)
  .use(remarkHtml, { sanitize: sanitizeSchema, handlers: { figure: figureHandler } })
  .freeze();
