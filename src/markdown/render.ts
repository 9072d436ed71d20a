// The Markdown stage's API: one article body in, sanitized HTML, plain text and media out.
import { sortContentErrors, type ContentError } from "../content/errors.ts";
import type { MediaAsset } from "../content/values.ts";
import { MAX_BODY_BYTES, MAX_DEPTH } from "./limits.ts";
import { findDeepLine } from "./nesting-prescan.ts";
import { plainText } from "./plain-text.ts";
import { processor } from "./processor.ts";
import type { RenderContext, RenderInput } from "./render-input.ts";
import { RenderState, STATE_KEY } from "./state.ts";

export type { RenderContext, RenderInput } from "./render-input.ts";

/** The rendered body, or every content error found in it. */
export type RenderResult =
  | { ok: true; html: string; text: string; media: MediaAsset[] }
  | { ok: false; errors: ContentError[] };

/** A failure located at the first line of the body. */
function failAtBody(
  input: RenderInput,
  code: string,
  message: string,
  hint: string,
  line = input.bodyLine,
): RenderResult {
  return { ok: false, errors: [{ file: input.displayPath, line, col: 1, code, message, hint }] };
}

/**
 * Renders one article body: size and nesting limits, parse, our checks and transforms, sanitized
 * HTML. Collects every error of the body; never throws on content (a RangeError becomes E_NESTING).
 */
export function renderMarkdown(input: RenderInput, ctx: RenderContext): RenderResult {
  const bytes = Buffer.byteLength(input.body, "utf8");
  if (bytes > MAX_BODY_BYTES) {
    return failAtBody(
      input,
      "E_TOO_LARGE",
      `body is ${bytes} bytes > ${MAX_BODY_BYTES}`,
      "split the article, or move data out of it",
    );
  }
  const deep = findDeepLine(input.body);
  if (deep) {
    return failAtBody(
      input,
      "E_NESTING",
      `nesting depth ${deep.markers} > ${MAX_DEPTH}`,
      "flatten the nested quotes or lists that open this line",
      input.bodyLine + deep.line - 1,
    );
  }
  const state = new RenderState(input, ctx);
  try {
    const tree = processor.parse(input.body);
    processor.runSync(tree, { value: input.body, data: { [STATE_KEY]: state } });
    if (state.errors.length > 0) return { ok: false, errors: sortContentErrors(state.errors) };
    const html = processor.stringify(tree);
    const text = plainText(tree);
    return { ok: true, html, text, media: state.media };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return failAtBody(
      input,
      "E_NESTING",
      `nesting too deep to render (${error.message})`,
      "flatten deeply nested quotes, lists or emphasis",
    );
  }
}
