// Tests for src/markdown/render.ts: golden files (test/fixtures/markdown/<case>/), output
// properties and the errors renderMarkdown itself reports. UPDATE=1 rewrites every output.html.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  renderMarkdown,
  type RenderContext,
  type RenderResult,
} from "../../../src/markdown/render.ts";
import type { MediaAsset } from "../../../src/content/values.ts";
import { errorsOf, L } from "./render-input.ts";

const FIXTURES = join(import.meta.dirname, "../../fixtures/markdown");

interface FakeSite {
  source: string;
  displayPath: string;
  baseUrl: string;
  articles: Record<string, string>;
  images: Record<string, Omit<MediaAsset, "source">>;
}

const site = JSON.parse(readFileSync(join(FIXTURES, "context.json"), "utf8")) as FakeSite;

/** The fake resolvers of context.json, recording what they were asked. */
function fakeContext(asked: string[] = []): RenderContext {
  return {
    baseUrl: site.baseUrl,
    resolveArticleLink: (target) => (asked.push(target), site.articles[target]),
    articlesNamed: (name) => Object.keys(site.articles).filter((k) => k.endsWith("/" + name)),
    resolveImage: (target) => {
      asked.push(target);
      const image = site.images[target];
      return image && { source: target, ...image };
    },
  };
}

/** Renders a body as the article of context.json, its body starting on line 1. */
function render(body: string, ctx: RenderContext = fakeContext()): RenderResult {
  return renderMarkdown(
    { source: site.source, displayPath: site.displayPath, body, bodyLine: 1 },
    ctx,
  );
}

/** Renders a fixture case and asserts that it succeeded. */
function renderCase(name: string): Extract<RenderResult, { ok: true }> {
  const result = render(readFileSync(join(FIXTURES, name, "input.md"), "utf8"));
  assert.ok(result.ok, `case ${name} failed: ${JSON.stringify(!result.ok && result.errors)}`);
  return result;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("markdown golden files", () => {
  it("should have the cases the spec asks for", () => {
    for (const name of [
      "paragraphs-headings",
      "gfm-table",
      "gfm-footnotes",
      "strikethrough-autolink",
      "figure-caption-credit",
      "repeated-captions",
      "inline-image",
      "article-link",
      "code-script",
      "template-syntax",
    ]) {
      assert.ok(cases.includes(name), `missing case ${name}`);
    }
  });

  for (const name of cases) {
    it(`should render ${name} as in output.html`, () => {
      const { html } = renderCase(name);
      const expectedFile = join(FIXTURES, name, "output.html");
      if (process.env["UPDATE"] === "1") writeFileSync(expectedFile, html);
      assert.ok(existsSync(expectedFile), `no ${expectedFile}; run with UPDATE=1`);
      assert.equal(html, readFileSync(expectedFile, "utf8"));
    });
  }
});

describe("markdown output properties", () => {
  it("should render GFM tables as <table> with alignment", () => {
    const { html } = renderCase("gfm-table");
    assert.match(html, /<table>/);
    assert.match(html, /<th align="right">Population<\/th>/);
    assert.equal(html.match(/<tr>/g)?.length, 3);
  });

  it("should give every footnote href a matching id", () => {
    const { html } = renderCase("gfm-footnotes");
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    assert.ok(hrefs.length >= 5, `expected footnote links, got ${hrefs.length}`);
    for (const target of hrefs) assert.ok(ids.has(target), `href="#${target}" has no id`);
    for (const target of html.matchAll(/aria-describedby="([^"]+)"/g))
      assert.ok(ids.has(target[1]!));
    assert.doesNotMatch(html, /user-content-user-content/);
  });

  it("should render a figure with caption, credit, size and lazy loading", () => {
    const { html, media } = renderCase("figure-caption-credit");
    assert.match(
      html,
      /<figure><picture><source type="image\/avif" srcset="\/news\/media\/delegates\.3f2a9c1b7d4e-480\.avif 480w, [^"]*" sizes="[^"]+">.*?<img src="\/news\/media\/delegates\.3f2a9c1b7d4e-960\.jpg" srcset="[^"]+ 1200w" sizes="[^"]+" width="960" height="640" alt="Delegates in the hall" loading="lazy" decoding="async"><\/picture><figcaption>Delegates arrive <small class="credit">Wang Fang<\/small><\/figcaption><\/figure>/,
    );
    assert.match(html, /<figcaption>The Yangtze at night<\/figcaption>/);
    assert.match(
      html,
      /<figure><picture>.*?<img src="\/news\/media\/street\.0123456789ab-640\.jpg"[^>]*><\/picture><\/figure>/,
    );
    assert.match(html, /<figcaption><small class="credit">Li Ming<\/small><\/figcaption>/);
    assert.doesNotMatch(html, /title=/, "a figure's title moves to its caption");
    assert.deepEqual(
      media.map((m) => m.source),
      [
        "articles/media/delegates.jpg",
        "media/river.jpg",
        "articles/media/street.jpg",
        "articles/media/bridge.jpg",
      ],
    );
  });

  it("should render two identical captions in a row twice and list their image once", () => {
    const { html, media } = renderCase("repeated-captions");
    assert.equal(
      html.match(
        /<figcaption>Delegates arrive <small class="credit">Wang Fang<\/small><\/figcaption>/g,
      )?.length,
      2,
    );
    assert.equal(html.match(/<figure>/g)?.length, 2);
    assert.deepEqual(
      media.map((m) => m.path),
      ["/media/delegates.3f2a9c1b7d4e.jpg"],
    );
  });

  it("should keep inline images as pictures inside the paragraph, with their title", () => {
    const { html } = renderCase("inline-image");
    assert.doesNotMatch(html, /<figure>/);
    assert.match(
      html,
      /^<p>The logo <picture><source type="image\/avif" srcset="\/news\/media\/logo\.bbbbbbbbbbbb-120\.avif 120w" [^>]*>.*?<img src="\/news\/media\/logo\.bbbbbbbbbbbb-120\.jpg" srcset="[^"]+" sizes="[^"]+" width="120" height="40" alt="Mountain City Daily logo" title="Our logo" loading="lazy" decoding="async"><\/picture> sits/,
    );
  });

  it("should turn links to article files into article hrefs, keeping query and fragment", () => {
    const asked: string[] = [];
    const result = render(
      readFileSync(join(FIXTURES, "article-link", "input.md"), "utf8"),
      fakeContext(asked),
    );
    assert.ok(result.ok);
    assert.match(
      result.html,
      /<a href="\/news\/news\/2023\/05\/other\/#background">the other story<\/a>/,
    );
    assert.match(result.html, /<a href="\/news\/news\/2023\/05\/other\/\?ref=a#x">/);
    assert.equal(result.html.match(/href="\/news\/news\/2022\/01\/old\/"/g)?.length, 3);
    assert.match(
      result.html,
      /<a href="\/news\/news\/2022\/01\/old\/" title="The earlier story">by reference<\/a>/,
    );
    assert.match(result.html, /<a href="https:\/\/example\.com\/a\.md">/);
    assert.match(result.html, /<a href="\/about\/">a page<\/a>/);
    assert.match(result.html, /<a href="#top">/);
    assert.deepEqual(asked, [
      "articles/2023/other.md",
      "articles/2023/other.md",
      "articles/2022/old.md",
      "articles/2022/old.md",
      "articles/2022/old.md",
    ]);
  });

  it("should escape HTML inside code as text and build fine", () => {
    const { html } = renderCase("code-script");
    assert.doesNotMatch(html, /<script|<a |<img|<div/i);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.match(html, /onclick="steal\(\)"/, "attribute text stays visible inside the code block");
    assert.match(html, /<pre><code class="language-html">/);
  });

  it("should render template syntax literally", () => {
    const { html, text } = renderCase("template-syntax");
    assert.ok(
      html.includes("{{ x }} and {% include “package.json” %} and {% if true %}yes{% endif %}"),
    );
    assert.ok(html.includes("<p>{{ site.title | safe }}</p>"));
    assert.ok(text.includes("{{ inline }}"));
  });

  it("should keep remote images with lazy loading and no size", () => {
    const { html, media } = renderCase("remote-image");
    assert.ok(
      html.includes(
        '<figure><img src="https://images.example.com/a.jpg" alt="A remote photo" loading="lazy" decoding="async"><figcaption>Remote <small class="credit">Agency</small></figcaption></figure>',
      ),
    );
    assert.deepEqual(media, []);
  });

  it("should give the whitespace-collapsed plain text, blocks separated by a space", () => {
    assert.equal(
      renderCase("paragraphs-headings").text,
      "Chongqing and Hong Kong A first paragraph with emphasis, strong text and code. A soft line break. " +
        "A hard line break. Second heading A quotation with a root-relative link and a fragment. one two " +
        "Last paragraph & an entity © and an escaped *star*.",
    );
    const result = render(
      "One\n\n- two\n- three\n\n> four  \n> five\n\n![alt text](../media/street.jpg)",
    );
    assert.ok(result.ok);
    assert.equal(result.text, "One two three four five alt text");
  });

  it("should render the same body to the same bytes each time (frozen processor)", () => {
    const body = readFileSync(join(FIXTURES, "figure-caption-credit", "input.md"), "utf8");
    assert.deepEqual(render(body), render(body));
  });
});

describe("renderMarkdown errors", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "a body over 512 KiB",
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

  it("should suggest the folder of a published article with the linked file name", () => {
    const moved = render("[a](../2024/other.md) [b](other-x.md)");
    assert.equal(moved.ok, false);
    const hints = moved.ok ? [] : moved.errors.map((e) => e.hint);
    assert.match(hints[0]!, /^did you mean "other\.md"\? an article with this file name/);
    assert.doesNotMatch(hints[1]!, /did you mean/, "no article is called other-x.md");
  });
});
