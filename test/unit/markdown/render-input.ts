// Renders a body as an article whose body starts on line 7, for the Markdown error tests: codes and
// file positions of every error.
import assert from "node:assert/strict";
import {
  renderMarkdown,
  type RenderContext,
  type RenderResult,
} from "../../../src/markdown/render.ts";
import { makeMedia } from "../../helpers/article.ts";

/** The body starts on line 7 of its file (after front matter), so errors must add 6 to mdast lines. */
const BODY_LINE = 7;

export const ctx: RenderContext = {
  baseUrl: "https://example.org/news/",
  resolveArticleLink: (target) =>
    target === "articles/2023/other.md" ? "/news/news/2023/05/other/" : undefined,
  articlesNamed: (name) => (name === "other.md" ? ["articles/2023/other.md"] : []),
  resolveImage: (target) =>
    target === "articles/media/street.jpg"
      ? makeMedia(target, "/media/street.0123456789ab.jpg", 640, 480)
      : undefined,
};

export function render(body: string): RenderResult {
  return renderMarkdown(
    {
      source: "articles/2023/a.md",
      displayPath: "content/articles/2023/a.md",
      body,
      bodyLine: BODY_LINE,
    },
    ctx,
  );
}

/** `[code, line, col]` of every error, in order; fails when the render succeeded. */
export function errorsOf(body: string): [string, number, number][] {
  const result = render(body);
  assert.ok(!result.ok, "expected errors, the body rendered");
  for (const e of result.errors) {
    assert.equal(e.file, "content/articles/2023/a.md");
    assert.ok(e.message.length > 0 && e.hint.length > 0, "every error has a message and a hint");
  }
  return result.errors.map((e) => [e.code, e.line, e.col]);
}

export const L = (bodyLine: number): number => bodyLine + BODY_LINE - 1;
