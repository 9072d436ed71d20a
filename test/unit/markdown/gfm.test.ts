// Tests for src/markdown/gfm.ts: our GFM plugin (no micromark autolink-literal tokenizer, bare URLs
// linked by an mdast text pass) renders what remark-gfm renders. The real renderMarkdown is compared
// with the same chain built around remark-gfm; known differences are pinned in gfm-differences.ts.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import remarkGfm from "remark-gfm";
import { generateCorpus } from "../../../bench/corpus.ts";
import { sortContentErrors } from "../../../src/content/errors.ts";
import { splitFrontMatter } from "../../../src/content/split-front-matter.ts";
import type { MediaAsset } from "../../../src/content/values.ts";
import { plainText } from "../../../src/markdown/plain-text.ts";
import { createProcessor, processor } from "../../../src/markdown/processor.ts";
import {
  renderMarkdown,
  type RenderContext,
  type RenderInput,
  type RenderResult,
} from "../../../src/markdown/render.ts";
import { RenderState, STATE_KEY } from "../../../src/markdown/state.ts";
import { makeMedia } from "../../helpers/article.ts";
import { ROOT, tempDir } from "../../helpers/cli.ts";
import { DIFFERENT } from "./gfm-differences.ts";
import { SAME } from "./gfm-same.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/markdown");

/** The reference: our chain with remark-gfm in place of our GFM plugin. */
const reference = createProcessor(remarkGfm);

/**
 * Renders `input` through `chain` with the steps of `renderMarkdown` after its size and nesting
 * pre-checks (render.ts takes no processor). "should run renderMarkdown's steps" checks that these
 * steps still are renderMarkdown's, so the reference cannot drift from the module it stands beside.
 */
function renderWith(chain: typeof processor, input: RenderInput, ctx: RenderContext): RenderResult {
  const state = new RenderState(input, ctx);
  const tree = chain.parse(input.body);
  chain.runSync(tree, { value: input.body, data: { [STATE_KEY]: state } });
  if (state.errors.length > 0) return { ok: false, errors: sortContentErrors(state.errors) };
  return { ok: true, html: chain.stringify(tree), text: plainText(tree), media: state.media };
}

/** Resolves every article link and image, so bodies render to HTML rather than to errors. */
const anything: RenderContext = {
  baseUrl: "https://example.org/news/",
  resolveArticleLink: (target) => `/news/${target.replace(/\.md$/, "/")}`,
  articlesNamed: () => [],
  resolveImage: (target) => makeMedia(target, `/${target}`, 4, 3),
};

/** The resolvers of the golden files' context.json. */
function fixtureContext(): { source: string; ctx: RenderContext } {
  const site = JSON.parse(fs.readFileSync(path.join(FIXTURES, "context.json"), "utf8")) as {
    source: string;
    baseUrl: string;
    articles: Record<string, string>;
    images: Record<string, Omit<MediaAsset, "source">>;
  };
  const resolveImage = (target: string): MediaAsset | undefined => {
    const image = site.images[target];
    return image && { source: target, ...image };
  };
  const ctx = {
    baseUrl: site.baseUrl,
    resolveArticleLink: (target: string) => site.articles[target],
    articlesNamed: (name: string) =>
      Object.keys(site.articles).filter((k) => k.endsWith("/" + name)),
    resolveImage,
  };
  return { source: site.source, ctx };
}

/** A body as an article at `source` whose body starts on line `bodyLine`. */
function inputOf(source: string, body: string, bodyLine = 1): RenderInput {
  return { source, displayPath: `content/${source}`, body, bodyLine };
}

/** Asserts that renderMarkdown and the remark-gfm chain agree on `input` (HTML, text, media, errors). */
function assertSame(input: RenderInput, ctx: RenderContext = anything): RenderResult {
  const ours = renderMarkdown(input, ctx);
  assert.deepEqual(
    ours,
    renderWith(reference, input, ctx),
    `${input.displayPath} differs from remark-gfm`,
  );
  return ours;
}

/** Asserts that ours and the reference agree on `input` and that it rendered to HTML. */
function assertSameHtml(input: RenderInput, ctx: RenderContext = anything): void {
  const ours = assertSame(input, ctx);
  assert.ok(ours.ok, `${input.displayPath} failed: ${JSON.stringify(!ours.ok && ours.errors)}`);
}

/** Every `.md` file below `dir`, as [path relative to `dir`, text], sorted. */
function markdownFiles(dir: string): [string, string][] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => rel.endsWith(".md"))
    .sort()
    .map((rel) => [rel.split(path.sep).join("/"), fs.readFileSync(path.join(dir, rel), "utf8")]);
}

/** Asserts equality for every article or page file below `dir` (front matter stripped). */
function assertSameFiles(dir: string, prefix: string): number {
  const files = markdownFiles(dir);
  for (const [rel, text] of files) {
    const split = splitFrontMatter(text, rel);
    assert.ok(split.ok, `${rel}: ${JSON.stringify(!split.ok && split.error)}`);
    assertSameHtml(inputOf(`${prefix}/${rel}`, split.block.body, split.block.bodyLine));
  }
  return files.length;
}

/** The golden-file inputs, as [case name, body]. */
function goldenInputs(): [string, string][] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [
      entry.name,
      fs.readFileSync(path.join(FIXTURES, entry.name, "input.md"), "utf8"),
    ]);
}

describe("GFM without the micromark autolink-literal tokenizer", () => {
  it("should run renderMarkdown's steps in the reference harness", () => {
    const { source, ctx } = fixtureContext();
    const bodies = [
      ...goldenInputs().map(([, body]) => body),
      ...SAME,
      ...DIFFERENT.map(([body]) => body),
      "<b>raw</b> [a](javascript:x) ![](none.png)",
    ];
    for (const body of bodies) {
      const input = inputOf(source, body);
      assert.deepEqual(renderWith(processor, input, ctx), renderMarkdown(input, ctx), body);
    }
  });

  it("should render every golden-file input as remark-gfm does", () => {
    const { source, ctx } = fixtureContext();
    const cases = goldenInputs();
    assert.ok(cases.length >= 10, "the golden files are missing");
    for (const [name, body] of cases) {
      assertSameHtml({ ...inputOf(source, body), displayPath: name }, ctx);
    }
  });

  it("should render every article and page body under content/ as remark-gfm does", () => {
    const articles = assertSameFiles(path.join(ROOT, "content/articles"), "articles");
    const pages = assertSameFiles(path.join(ROOT, "content/pages"), "pages");
    assert.ok(articles >= 10 && pages >= 1, `only ${articles} articles and ${pages} pages`);
  });

  it("should render 300 generated bench-corpus bodies as remark-gfm does", () => {
    const dir = path.join(tempDir("gfm-corpus-"), "content");
    generateCorpus(300, 1, dir);
    assert.equal(assertSameFiles(path.join(dir, "articles"), "articles"), 300);
  });

  for (const body of SAME) {
    it(`should render ${JSON.stringify(body)} as remark-gfm does`, () => {
      assertSame(inputOf("articles/2023/a.md", body));
    });
  }

  for (const [body, referenceHtml, oursHtml] of DIFFERENT) {
    it(`should keep the known difference on ${JSON.stringify(body)}`, () => {
      const input = inputOf("articles/2023/a.md", body);
      const ours = renderMarkdown(input, anything);
      const before = renderWith(reference, input, anything);
      assert.ok(ours.ok && before.ok);
      assert.equal(before.html, referenceHtml, "remark-gfm's output changed");
      assert.equal(ours.html, oursHtml, "our output changed");
    });
  }
});
