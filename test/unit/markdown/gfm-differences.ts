// Inputs our GFM plugin renders differently from remark-gfm, on purpose (test/unit/markdown/gfm.test.ts).

/**
 * Known differences: [input, remark-gfm's HTML, ours]. The text pass sees text after micromark
 * parsed it, where remark-gfm's tokenizer read the raw characters: Markdown syntax inside a bare
 * URL now applies, some trailing characters end a URL differently, and a host without a dot, with
 * non-ASCII letters after `https://` or with `user:password@` is not linked.
 */
export const DIFFERENT: [input: string, reference: string, ours: string][] = [
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
    "https://example.com/a[1](#2)",
    '<p><a href="https://example.com/a%5B1">https://example.com/a[1</a>](#2)</p>\n',
    '<p><a href="https://example.com/a">https://example.com/a</a><a href="#2">1</a></p>\n',
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
