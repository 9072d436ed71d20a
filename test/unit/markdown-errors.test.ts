// Content errors of the Markdown stage (R22, R23, R25, R26, F-MED-1): codes and file positions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  renderMarkdown,
  type RenderContext,
  type RenderResult,
} from "../../src/markdown/render.ts";

/** The body starts on line 7 of its file (after front matter), so errors must add 6 to mdast lines. */
const BODY_LINE = 7;

const ctx: RenderContext = {
  baseUrl: "https://example.org/news/",
  resolveArticleLink: (target) =>
    target === "articles/2023/other.md" ? "/news/news/2023/05/other/" : undefined,
  resolveImage: (target) =>
    target === "articles/media/street.jpg"
      ? { source: target, path: "/media/street.0123456789ab.jpg", width: 640, height: 480 }
      : undefined,
};

function render(body: string): RenderResult {
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
function errorsOf(body: string): [string, number, number][] {
  const result = render(body);
  assert.ok(!result.ok, "expected errors, the body rendered");
  for (const e of result.errors) {
    assert.equal(e.file, "content/articles/2023/a.md");
    assert.ok(e.message.length > 0 && e.hint.length > 0, "every error has a message and a hint");
  }
  return result.errors.map((e) => [e.code, e.line, e.col]);
}

const L = (bodyLine: number): number => bodyLine + BODY_LINE - 1;

describe("markdown errors", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "raw HTML, one error per occurrence (R25)",
      body: "<div>text</div>\n\n<script>alert(1)</script>\n\nSome <!-- hidden --> text",
      expected: [
        ["E_RAW_HTML", L(1), 1],
        ["E_RAW_HTML", L(3), 1],
        ["E_RAW_HTML", L(5), 6],
      ],
    },
    {
      name: "javascript: in mixed case",
      body: "Intro.\n\n[a](JaVaScRiPt:alert(1))",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: with a character reference",
      body: "x [a](jav&#x61;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 3]],
    },
    {
      name: "javascript: with a named reference colon",
      body: "[a](javascript&colon;alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by a tab",
      body: "[a](<java\tscript:alert(1)>)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by an encoded newline",
      body: "[a](java&#10;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by an encoded tab",
      body: "[a](java&#9;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: behind leading spaces",
      body: "[a](< javascript:alert(1)>)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: in a reference definition",
      body: "See [the link][x].\n\n[x]: javascript:alert(1)",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: in an unused reference definition",
      body: "Text.\n\n[x]: JAVASCRIPT:alert(1)",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: in an autolink",
      body: "Go <javascript:alert(1)> now",
      expected: [["E_UNSAFE_URL", L(1), 4]],
    },
    {
      name: "data: in a link",
      body: "[a](data:text/html;base64,PHNjcmlwdD4=)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "data: in an image",
      body: "![a](data:image/png;base64,AAAA)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "vbscript: in a link",
      body: "[a](vbscript:msgbox(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "file: in a link",
      body: "[a](file:///etc/passwd)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "a missing image",
      body: "Text.\n\n![A photo](../media/none.jpg)",
      expected: [["E_IMAGE_MISSING", L(3), 1]],
    },
    {
      name: "an image with empty alt",
      body: "![](../media/street.jpg)",
      expected: [["E_ALT_MISSING", L(1), 1]],
    },
    {
      name: "an image with blank alt",
      body: "![  ](../media/street.jpg)",
      expected: [["E_ALT_MISSING", L(1), 1]],
    },
    {
      name: "a remote image with empty alt",
      body: "a ![](https://example.com/x.png)",
      expected: [["E_ALT_MISSING", L(1), 3]],
    },
    {
      name: "a link to a missing article",
      body: "Read\n[this](../2023/none.md#x).",
      expected: [["E_LINK_BROKEN", L(2), 1]],
    },
    {
      name: "a reference link to a missing article",
      body: "[this][n]\n\n[n]: none.md",
      expected: [["E_LINK_BROKEN", L(1), 1]],
    },
    {
      name: "a link leaving the content root",
      body: "[a](../../../secret.md)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "a rooted link leaving the content root",
      body: "[a](/../secret.md)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an image leaving the content root",
      body: "![a](../../../../etc/x.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an encoded image path leaving the content root",
      body: "![a](%2e%2e/%2e%2e/%2e%2e/x.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an image path with a backslash",
      body: "![a](..%5C..%5Cx.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    { name: "`>` x 2000 (R23)", body: ">".repeat(2000), expected: [["E_NESTING", L(1), 1]] },
    {
      name: "`- ` x 1000 before text (R23)",
      body: "Intro\n\n" + "- ".repeat(1000) + "x",
      expected: [["E_NESTING", L(3), 1]],
    },
    {
      name: "nesting just over the depth limit",
      body: "Intro\n\n" + "> ".repeat(40) + "x",
      expected: [["E_NESTING", L(3), 65]],
    },
    {
      name: "lists indented 40 deep",
      body: Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"),
      expected: [["E_NESTING", L(16), 33]],
    },
    {
      name: "a body over 512 KiB (R22)",
      body: "a".repeat(512 * 1024 + 1),
      expected: [["E_TOO_LARGE", L(1), 1]],
    },
    {
      name: "a body over 512 KiB in UTF-8 bytes",
      body: "重".repeat(200_000),
      expected: [["E_TOO_LARGE", L(1), 1]],
    },
    {
      name: "every problem of one body, in order",
      body: "<b>x</b> [a](javascript:x)\n\n![](../media/none.jpg)\n\n[b](gone.md)",
      expected: [
        ["E_RAW_HTML", L(1), 1],
        ["E_RAW_HTML", L(1), 5],
        ["E_UNSAFE_URL", L(1), 10],
        ["E_ALT_MISSING", L(3), 1],
        ["E_IMAGE_MISSING", L(3), 1],
        ["E_LINK_BROKEN", L(5), 1],
      ],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }

  it("should report `*` x 5000 `a` `*` x 5000 as E_NESTING, not a RangeError (R23)", () => {
    assert.deepEqual(
      errorsOf("*".repeat(5000) + "a" + "*".repeat(5000)).map(([code]) => code),
      ["E_NESTING"],
    );
  });

  it("should render 30 nested quotes, under the depth limit", () => {
    const result = render("> ".repeat(30) + "x");
    assert.ok(result.ok);
    assert.equal(result.html.match(/<blockquote>/g)?.length, 30);
  });

  it("should render `- ` x 1000 alone on a line as a thematic break", () => {
    const result = render("- ".repeat(1000));
    assert.deepEqual(result, { ok: true, html: "<hr>\n", text: "", media: [] });
  });

  it("should not count markers inside fenced code as nesting", () => {
    const result = render("```\n" + "> ".repeat(300) + "\n```");
    assert.ok(result.ok);
    assert.match(result.html, /^<pre><code>(?:> ){300}/);
  });

  it("should name the target and hint at the relative path for a broken link", () => {
    const result = render("[this](../2023/none.md)");
    assert.ok(!result.ok);
    assert.match(result.errors[0]!.message, /\.\.\/2023\/none\.md/);
    assert.match(result.errors[0]!.hint, /relative to this article file/);
  });

  it("should tell the depth in an E_NESTING message", () => {
    const result = render("> ".repeat(40) + "x");
    assert.ok(!result.ok);
    assert.equal(result.errors[0]!.message, "nesting depth 42 > 32");
  });

  it("should hint at Markdown for raw HTML", () => {
    const result = render("<iframe src=x></iframe>");
    assert.ok(!result.ok);
    assert.match(result.errors[0]!.hint, /Markdown instead of HTML/);
  });
});
