// The post-build scanner on crafted output (SECURITY.md row R27): parsed elements, attributes and
// URLs, never bytes. Content cannot produce these pages (sanitizer and escaping stop it first), so
// the scanner is fed them directly.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scanHtml } from "../../src/publish/html-scan.ts";
import { scanJson, scanXml } from "../../src/publish/output-scan.ts";
import { splitUrlList } from "../../src/publish/url-rules.ts";
import { urlScheme } from "../../src/url-scheme.ts";

const page = (body: string, head = ""): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const UNSAFE_HTML: Record<string, string> = {
  "inline script": page("<script>alert(1)</script>"),
  "script in svg": page("<svg><script>alert(1)</script></svg>"),
  "script in noscript": page("<noscript><script>alert(1)</script></noscript>"),
  "script in pre": page("<pre><script>alert(1)</script></pre>"),
  "foreign script src": page('<script src="https://evil.example/x.js"></script>'),
  "escaping script src": page('<script src="/assets/../x.js"></script>'),
  "escaping search script src": page('<script src="/pagefind/../x.js"></script>'),
  "look-alike search folder": page('<script src="/pagefind-x/a.js"></script>'),
  onclick: page('<a href="/" onclick="x()">a</a>'),
  "upper-case handler": page('<img src="/a.png" ONERROR="x()">'),
  "javascript href": page('<a href="javascript:alert(1)">a</a>'),
  "entity javascript": page('<a href="&#x6a;avascript:alert(1)">a</a>'),
  "tab javascript": page('<a href="java&#9;script:alert(1)">a</a>'),
  "leading space": page('<a href=" javascript:alert(1)">a</a>'),
  "data src": page('<img src="data:text/html,x">'),
  vbscript: page('<a href="vbscript:x">a</a>'),
  srcset: page('<img src="/a.png" srcset="/a.png 1x, javascript:x 2x">'),
  "source srcset": page('<picture><source srcset="data:image/svg+xml,x 1x"></picture>'),
  "form action": page('<form action="javascript:x"></form>'),
  formaction: page('<button formaction="javascript:x">b</button>'),
  "svg xlink": page('<svg><a xlink:href="javascript:x"><text>t</text></a></svg>'),
  "meta refresh": page("", '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">'),
  "meta refresh quoted": page("", "<meta http-equiv=Refresh content=\"0;URL='data:text/html,x'\">"),
  iframe: page('<iframe src="https://example.org/"></iframe>'),
  object: page('<object data="/x.swf"></object>'),
  embed: page('<embed src="/x.swf">'),
  base: page("", '<base href="https://evil.example/">'),
  "style url": page('<p style="background:url(javascript:alert(1))">x</p>'),
  "style element": page("<style>p{background:url('javascript:x')}</style>"),
  "json-ld raw <": page('<script type="application/ld+json">{"a":"</b>"}</script>'),
};

describe("post-build scanner", () => {
  for (const [name, html] of Object.entries(UNSAFE_HTML)) {
    it(`R27: should flag ${name} (E_UNSAFE_OUTPUT)`, () => {
      const codes = scanHtml(html).findings.map((f) => f.code);
      assert.ok(codes.includes("E_UNSAFE_OUTPUT"), `${name}: ${JSON.stringify(codes)}`);
    });
  }

  it("R27: should pass our own page: JSON-LD, our assets script, http(s)/mailto/relative URLs", () => {
    const html = page(
      [
        '<a href="/news/">n</a><a href="https://x.org/">x</a><a href="mailto:a@b.c">m</a>',
        '<a href="../up/">u</a><a href="#main">m</a><a href="?q=1">q</a>',
        '<img src="/media/a.1234.png" srcset="/media/a.png 1x, /media/b,c.png 2x" alt="">',
        '<script src="/news/assets/search.js" type="module"></script>',
        '<script src="/news/pagefind/search.js" type="module"></script>',
      ].join(""),
      '<script type="application/ld+json">{"headline":"\\u003c/script>"}</script>',
    );
    assert.deepEqual(scanHtml(html, "/news/").findings, []);
  });

  it("R27: should not flag an article that quotes onclick= and <script> as text or code", () => {
    const html = page(
      "<p>Never write <code>&lt;a onclick=alert(1)&gt;</code> or javascript:alert(1).</p>" +
        '<pre><code>&lt;script&gt;alert("x")&lt;/script&gt; onclick="y"</code></pre>',
    );
    assert.deepEqual(scanHtml(html).findings, []);
  });

  it("should refuse JSON-LD that does not parse (E_JSONLD_INVALID)", () => {
    const html = page("", '<script type="application/ld+json">{"a": </script>');
    assert.deepEqual(
      scanHtml(html).findings.map((f) => f.code),
      ["E_JSONLD_INVALID"],
    );
  });

  it("should refuse ill-formed XML (E_XML_INVALID) and script or unsafe URLs in feeds", () => {
    assert.equal(scanXml("<feed><entry></feed>").findings[0]?.code, "E_XML_INVALID");
    const feed = (content: string): string =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://x.org/a/"/>${content}</entry></feed>`;
    assert.deepEqual(
      scanXml(feed('<content type="html">&lt;p&gt;ok&lt;/p&gt;</content>')).findings,
      [],
    );
    const bad = scanXml(feed('<content type="html">&lt;img src=x onerror=alert(1)&gt;</content>'));
    assert.equal(bad.findings[0]?.code, "E_UNSAFE_OUTPUT");
    const badLink = scanXml(feed('<link rel="related" href="javascript:x"/>'));
    assert.equal(badLink.findings[0]?.code, "E_UNSAFE_OUTPUT");
    const badLoc = scanXml("<urlset><url><loc>javascript:alert(1)</loc></url></urlset>");
    assert.equal(badLoc.findings[0]?.code, "E_UNSAFE_OUTPUT");
  });

  it("R27: should scan JSON Feed content_html and URL fields", () => {
    assert.deepEqual(
      scanJson('{"items":[{"url":"https://x.org/","content_html":"<p>ok</p>"}]}'),
      [],
    );
    assert.equal(
      scanJson('{"items":[{"content_html":"<script>x</script>"}]}')[0]?.code,
      "E_UNSAFE_OUTPUT",
    );
    assert.equal(scanJson('{"items":[{"url":"javascript:x"}]}')[0]?.code, "E_UNSAFE_OUTPUT");
    assert.equal(scanJson("{")[0]?.code, "E_JSON_INVALID");
  });

  it("should read URL schemes and srcset lists as a browser does", () => {
    assert.equal(urlScheme("\u0000 java\tscr\nipt:x"), "javascript");
    assert.equal(urlScheme("/a:b"), undefined);
    assert.equal(urlScheme("a/b:c"), undefined);
    assert.deepEqual(splitUrlList("srcset", "a.png 1x,b.png 2x, c.png (x,y) 3x"), [
      "a.png",
      "b.png",
      "c.png",
    ]);
  });
});
