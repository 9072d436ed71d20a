// FEATURES PERF-1: our GFM plugin (src/markdown/gfm.ts, no micromark autolink-literal tokenizer)
// renders what remark-gfm rendered, through the real chain; known differences are pinned below.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import remarkGfm from "remark-gfm";
import { generateCorpus } from "../../bench/corpus.ts";
import { sortContentErrors } from "../../src/content/errors.ts";
import { splitFrontMatter } from "../../src/content/split-front-matter.ts";
import { plainText } from "../../src/markdown/plain-text.ts";
import { createProcessor } from "../../src/markdown/processor.ts";
import {
  renderMarkdown,
  type RenderContext,
  type RenderInput,
  type RenderResult,
} from "../../src/markdown/render.ts";
import { RenderState, STATE_KEY } from "../../src/markdown/state.ts";
import type { MediaAsset } from "../../src/content/values.ts";
import { ROOT, tempDir } from "../helpers/cli.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/markdown");

/** The chain as it was before PERF-1: the same plugins around remark-gfm. */
const reference = createProcessor(remarkGfm);

/** Renders `input` through the reference chain, step for step as `renderMarkdown` does. */
function renderReference(input: RenderInput, ctx: RenderContext): RenderResult {
  const state = new RenderState(input, ctx);
  const tree = reference.parse(input.body);
  reference.runSync(tree, { value: input.body, data: { [STATE_KEY]: state } });
  if (state.errors.length > 0) return { ok: false, errors: sortContentErrors(state.errors) };
  return { ok: true, html: reference.stringify(tree), text: plainText(tree), media: state.media };
}

/** Resolves every article link and image, so bodies render to HTML rather than to errors. */
const anything: RenderContext = {
  baseUrl: "https://example.org/news/",
  resolveArticleLink: (target) => `/news/${target.replace(/\.md$/, "/")}`,
  resolveImage: (target) => ({ source: target, path: `/${target}`, width: 4, height: 3 }),
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
    resolveImage,
  };
  return { source: site.source, ctx };
}

/** A body as an article at `source` whose body starts on line `bodyLine`. */
function inputOf(source: string, body: string, bodyLine = 1): RenderInput {
  return { source, displayPath: `content/${source}`, body, bodyLine };
}

/** Asserts that ours and the reference agree on `input` (HTML, text and media, or errors). */
function assertSame(input: RenderInput, ctx: RenderContext = anything): RenderResult {
  const ours = renderMarkdown(input, ctx);
  assert.deepEqual(
    ours,
    renderReference(input, ctx),
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

/**
 * GFM autolink-literal edge cases (the GFM spec's "Autolinks (extension)" section and more) that
 * render the same HTML, text and media either way (or the same errors: raw HTML).
 */
const SAME: string[] = [
  // The GFM spec's examples: www., protocols, parentheses, `_` in domains
  "www.commonmark.org",
  "Visit www.commonmark.org/help for more information.",
  "Visit www.commonmark.org.",
  "Visit www.commonmark.org/a.b.",
  "www.google.com/search?q=Markup+(business)",
  "www.google.com/search?q=Markup+(business)))",
  "(www.google.com/search?q=Markup+(business))",
  "(www.google.com/search?q=Markup+(business)",
  "www.google.com/search?q=(business))+ok",
  "www.google.com/search?q=commonmark&hl=en",
  "http://commonmark.org",
  "(Visit https://encrypted.google.com/search?q=Markup+(business))",
  "Is www.commonmark.org?",
  "See www.commonmark.org!",
  "www.xxx.yyy._zzz",
  "www.xxx._yyy.zzz",
  "www._xxx.yyy.zzz",
  "www.commonmark.org/a_b",
  // The GFM spec's emails, `mailto:` and `xmpp:`
  "foo@bar.baz",
  "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
  "a.b-c_d@a.b",
  "a.b-c_d@a.b.",
  "a.b-c_d@a.b-",
  "a.b-c_d@a.b_",
  "mailto:foo@bar.baz",
  "mailto:a.b-c_d@a.b",
  "mailto:a.b-c_d@a.b.",
  "mailto:a.b-c_d@a.b/",
  "mailto:a.b-c_d@a.b-",
  "mailto:a.b-c_d@a.b_",
  "xmpp:foo@bar.baz",
  "xmpp:foo@bar.baz.",
  "xmpp:foo@bar.baz/txt",
  "xmpp:foo@bar.baz/txt@bin",
  "xmpp:foo@bar.baz/txt@bin.com",
  "xmpp:foo@bar.baz/txt/bin",
  // Trailing punctuation and parentheses
  "https://example.com?",
  "https://example.com!",
  "https://example.com.",
  "Visit https://example.com, then",
  "https://example.com/path)",
  "https://example.com/(path)",
  "https://example.com/path'",
  'https://example.com/"quote"',
  "Go to https://example.com/path?, then",
  "Docs: https://example.com/docs, and www.example.org/faq.",
  "https://example.com/a.html#top.",
  // Inside or around other constructs: links, code, emphasis, blocks, escapes, entities, raw HTML
  "[link text](https://example.com)",
  "[https://example.com](https://example.com)",
  "`https://example.com`",
  "*https://x.org*",
  "**https://x.org**",
  "_https://x.org_",
  "(https://example.com)",
  "(see https://example.org/foo)",
  "https://example.com/~user",
  "~https://a.com~",
  "https://example.com/a_b_c",
  "https://example.com/a&amp;",
  "https://example.com/<b>x</b>",
  "www.example.com/[x]",
  "<https://example.com>",
  "![alt https://x.org](https://y.org/a.png)",
  "[ref]: https://example.com\n\n[ref]",
  "| a | b |\n|---|---|\n| https://x.org | www.y.org |",
  "- [ ] www.example.com\n- [x] https://x.org",
  "Footnote[^1]\n\n[^1]: see https://example.com.",
  "line one https://a.org\nline two",
  "https://a.org  \nhard break",
  "*emph https://x.org/*",
  "~~https://x.org~~",
  "&#104;ttps://x.org",
  "http&#58;//x.org",
  "\\https://x.org",
  "https\\://x.org",
  "www\\.x.org",
  "<em>https://x.org</em>",
  "<span>www.x.org</span>",
  "https://x.org/a~b",
  "https://example.com/~user/page",
  "https://example.com/a~b",
  "~~https://example.com~~",
  "<desk@example.com>",
  "[desk@example.com](mailto:desk@example.com)",
  // Hosts, schemes and what may come before them
  "foo www.example.com",
  "foowww.example.com",
  "Xhttps://example.com",
  "_https://example.com",
  "www.example",
  "www.ex_ample.com",
  "www.a_b.c.com",
  "https://www.example.com/",
  "HTTPS://EXAMPLE.COM",
  "WWW.EXAMPLE.COM",
  "ftp://example.com",
  "https://-example.com",
  "https://.example.com",
  "https://example..com",
  "user@example.com.",
  "user@example.com,",
  "user@@example.com",
  "me@example.co.uk; you@example.org",
  "email: foo@bar.com",
  "foo@bar",
  "https://example.com/%E4%BD%A0",
  "https://example.com/a?b=c#d",
  "http://127.0.0.1:8080/x",
  "a https://x.org b https://y.org c",
  "https://en.wikipedia.org/wiki/Hong_Kong",
  "https://en.wikipedia.org/wiki/Foo_(bar)",
  // Chinese and other non-ASCII text right before or after a URL, Unicode spaces
  "见https://example.com。",
  "见 https://example.com 。",
  "https://example.com见",
  "https://example.com/你好",
  "www.例子.com",
  "https://example.com\u3000下一句",
  "https://example.com\u00a0next",
  "网址：https://example.com。",
  "（https://example.com）",
  "见https://example.com，详情",
  "“https://example.com”",
  "《https://example.com》",
  "请访问www.example.com了解",
  "联系editor@example.com。",
  "https://a.org见https://b.org",
  "1https://x.org",
  "😀https://x.org",
  "éhttps://x.org",
  "[见https://x.org](https://y.org)",
  "见 [link](https://y.org)https://x.org",
  "**见**https://x.org",
  "见**https://x.org**",
  "https://x.org\u00a0见https://y.org",
  "a\u00a0\u00a0b https://x.org\u3000c",
  "| 列 |\n|---|\n| 见https://x.org |",
  "- [ ] 见https://x.org",
  "> 引用https://x.org/path?q=1",
  "# 标题https://x.org",
  "Tel: 123https://x.org",
  "見http://x.org/见https://y.org",
  "http://x.org见http://y.org",
  "(见 https://example.com/报道)",
  "见https://example.com，详情见报道。",
  "更多：https://example.com/路径?q=一",
  // `mailto:` and `xmpp:` elsewhere
  "https://x.org/?to=mailto:foo@bar.com",
  "see https://x.org/?to=xmpp:foo@bar.com/a ok",
  "[mailto:foo@bar.com](mailto:foo@bar.com)",
  "<mailto:foo@bar.com>",
  "fooxmpp:a@b.com",
  "MAILTO:foo@bar.com",
  "mailto:",
  "xmpp: foo@bar.com",
  "Call +1 555 0100 or mail desk@example.com",
];

/**
 * Known differences: [input, remark-gfm's HTML, ours]. The text pass sees text after micromark
 * parsed it, where remark-gfm's tokenizer read the raw characters: Markdown syntax inside a bare
 * URL now applies, some trailing characters end a URL differently, and a host without a dot, with
 * non-ASCII letters after `https://` or with `user:password@` is not linked.
 */
const DIFFERENT: [input: string, reference: string, ours: string][] = [
  // Markdown inside a bare URL is parsed first (emphasis, strike, code, escapes, references)
  [
    "https://example.com/~user~",
    '<p><a href="https://example.com/~user">https://example.com/~user</a>~</p>\n',
    '<p><a href="https://example.com/">https://example.com/</a><del>user</del></p>\n',
  ],
  [
    "https://a.com/~a~b",
    '<p><a href="https://a.com/~a~b">https://a.com/~a~b</a></p>\n',
    '<p><a href="https://a.com/">https://a.com/</a><del>a</del>b</p>\n',
  ],
  [
    "https://example.com/*a*",
    '<p><a href="https://example.com/*a">https://example.com/*a</a>*</p>\n',
    '<p><a href="https://example.com/">https://example.com/</a><em>a</em></p>\n',
  ],
  [
    "https://example.com/a\\_b",
    '<p><a href="https://example.com/a%5C_b">https://example.com/a\\_b</a></p>\n',
    '<p><a href="https://example.com/a_b">https://example.com/a_b</a></p>\n',
  ],
  [
    "https://example.com/?a=1&amp;b=2",
    '<p><a href="https://example.com/?a=1&#x26;amp;b=2">https://example.com/?a=1&#x26;amp;b=2</a></p>\n',
    '<p><a href="https://example.com/?a=1&#x26;b=2">https://example.com/?a=1&#x26;b=2</a></p>\n',
  ],
  [
    "https://example.com/`x`",
    '<p><a href="https://example.com/%60x%60">https://example.com/`x`</a></p>\n',
    '<p><a href="https://example.com/">https://example.com/</a><code>x</code></p>\n',
  ],
  [
    "https://example.com/a[1](2)",
    '<p><a href="https://example.com/a%5B1">https://example.com/a[1</a>](2)</p>\n',
    '<p><a href="https://example.com/a">https://example.com/a</a><a href="2">1</a></p>\n',
  ],
  [
    "https://a.org\\\nnext",
    '<p><a href="https://a.org%5C">https://a.org\\</a>\nnext</p>\n',
    '<p><a href="https://a.org">https://a.org</a><br>\nnext</p>\n',
  ],
  [
    "https://x.org/*emph*",
    '<p><a href="https://x.org/*emph">https://x.org/*emph</a>*</p>\n',
    '<p><a href="https://x.org/">https://x.org/</a><em>emph</em></p>\n',
  ],
  [
    "https://x.org/~~del~~",
    '<p><a href="https://x.org/~~del">https://x.org/~~del</a>~~</p>\n',
    '<p><a href="https://x.org/">https://x.org/</a><del>del</del></p>\n',
  ],
  [
    "https://x.org/a~b~c",
    '<p><a href="https://x.org/a~b~c">https://x.org/a~b~c</a></p>\n',
    '<p><a href="https://x.org/a">https://x.org/a</a><del>b</del>c</p>\n',
  ],
  [
    "https://x.org/a&copy;b",
    '<p><a href="https://x.org/a&#x26;copy;b">https://x.org/a&#x26;copy;b</a></p>\n',
    '<p><a href="https://x.org/a%C2%A9b">https://x.org/a©b</a></p>\n',
  ],
  [
    "https://x.org/&lt;x",
    '<p><a href="https://x.org/&#x26;lt;x">https://x.org/&#x26;lt;x</a></p>\n',
    '<p><a href="https://x.org/%3Cx">https://x.org/&#x3C;x</a></p>\n',
  ],
  [
    "https://x.org/\\*",
    '<p><a href="https://x.org/%5C">https://x.org/\\</a>*</p>\n',
    '<p><a href="https://x.org/*">https://x.org/*</a></p>\n',
  ],
  [
    "https://x.org/_private_/x",
    '<p><a href="https://x.org/_private_/x">https://x.org/_private_/x</a></p>\n',
    '<p><a href="https://x.org/">https://x.org/</a><em>private</em>/x</p>\n',
  ],
  [
    "https://x.org/search?q=a*b*c",
    '<p><a href="https://x.org/search?q=a*b*c">https://x.org/search?q=a*b*c</a></p>\n',
    '<p><a href="https://x.org/search?q=a">https://x.org/search?q=a</a><em>b</em>c</p>\n',
  ],
  // The text pass ends a URL differently (entity-like tail, `<`, trailing `_` `*`)
  [
    "www.google.com/search?q=commonmark&hl;",
    '<p><a href="http://www.google.com/search?q=commonmark">www.google.com/search?q=commonmark</a>&#x26;hl;</p>\n',
    '<p><a href="http://www.google.com/search?q=commonmark&#x26;hl">www.google.com/search?q=commonmark&#x26;hl</a>;</p>\n',
  ],
  [
    "www.commonmark.org/he<lp",
    '<p><a href="http://www.commonmark.org/he">www.commonmark.org/he</a>&#x3C;lp</p>\n',
    '<p><a href="http://www.commonmark.org/he%3Clp">www.commonmark.org/he&#x3C;lp</a></p>\n',
  ],
  [
    "www.example.com_",
    '<p><a href="http://www.example.com">www.example.com</a>_</p>\n',
    "<p>www.example.com_</p>\n",
  ],
  [
    "https://x.org/a_",
    '<p><a href="https://x.org/a">https://x.org/a</a>_</p>\n',
    '<p><a href="https://x.org/a_">https://x.org/a_</a></p>\n',
  ],
  [
    "https://x.org/a*",
    '<p><a href="https://x.org/a">https://x.org/a</a>*</p>\n',
    '<p><a href="https://x.org/a*">https://x.org/a*</a></p>\n',
  ],
  // The text pass needs an ASCII host with a dot and no user:password
  [
    "https://example",
    '<p><a href="https://example">https://example</a></p>\n',
    "<p>https://example</p>\n",
  ],
  [
    "https://例子.com",
    '<p><a href="https://%E4%BE%8B%E5%AD%90.com">https://例子.com</a></p>\n',
    "<p>https://例子.com</p>\n",
  ],
  [
    "https://user:pw@example.com/",
    '<p><a href="https://user:pw@example.com/">https://user:pw@example.com/</a></p>\n',
    '<p>https://user:<a href="mailto:pw@example.com">pw@example.com</a>/</p>\n',
  ],
  [
    "https://host/~a/~b",
    '<p><a href="https://host/~a/~b">https://host/~a/~b</a></p>\n',
    "<p>https://host/~a/~b</p>\n",
  ],
  // A footnote call right after a URL stays a footnote (remark-gfm swallows it)
  [
    "Source: https://x.org[^1]\n\n[^1]: note",
    '<p>Source: <a href="https://x.org%5B%5E1">https://x.org[^1</a>]</p>\n',
    '<p>Source: <a href="https://x.org">https://x.org</a><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>\n<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n<p>note <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>\n',
  ],
  [
    "https://x.org.[^1]\n\n[^1]: note",
    '<p><a href="https://x.org.%5B%5E1">https://x.org.[^1</a>]</p>\n',
    '<p><a href="https://x.org">https://x.org</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>\n<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n<p>note <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>\n',
  ],
  [
    "见https://x.org[^1]\n\n[^1]: 注https://y.org",
    '<p>见<a href="https://x.org%5B%5E1">https://x.org[^1</a>]</p>\n',
    '<p>见<a href="https://x.org">https://x.org</a><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>\n<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n<p>注<a href="https://y.org">https://y.org</a> <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n</ol>\n</section>\n',
  ],
];

describe("PERF-1 GFM without the micromark autolink-literal tokenizer", () => {
  it("should render every golden-file input as remark-gfm does", () => {
    const { source, ctx } = fixtureContext();
    const cases = fs
      .readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.ok(cases.length >= 10, "the golden files are missing");
    for (const name of cases) {
      const body = fs.readFileSync(path.join(FIXTURES, name, "input.md"), "utf8");
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
      const before = renderReference(input, anything);
      assert.ok(ours.ok && before.ok);
      assert.equal(before.html, referenceHtml, "remark-gfm's output changed");
      assert.equal(ours.html, oursHtml, "our output changed");
    });
  }
});
