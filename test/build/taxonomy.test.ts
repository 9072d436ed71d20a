// Tags and slugs: hashtag spellings merge, labels, C#/C stay apart, CJK slug styles, author pages.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2025-01-01T00:00:00+08:00";

function build(files: Record<string, string>, site = siteYaml()) {
  const root = tempDir();
  const content = path.join(root, "content");
  writeTree(content, { "site.yaml": site, ...files });
  const out = path.join(root, "dist");
  const r = runCli(["--content", content, "--out", out, "--now", NOW, "--quiet"]);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

describe("tags", () => {
  it("should merge #AI, AI and 'ai ' into one tag labelled by the commonest spelling", () => {
    const out = build({
      "articles/a.md": article({ tags: '["#AI"]', date: "2023-01-01" }),
      "articles/b.md": article({ tags: '["AI"]', date: "2023-01-02" }),
      "articles/c.md": article({ tags: '["ai "]', date: "2023-01-03" }),
      "articles/d.md": article({ tags: '["AI", "C#"]', date: "2023-01-04" }),
      "articles/e.md": article({ tags: '["C"]', date: "2023-01-05" }),
    });
    const page = html(out, "tags/ai/index.html");
    assert.equal(textOf(page.querySelector("h1")), "AI");
    assert.equal(page.querySelectorAll("main article").length, 4);
    assert.equal(
      fs
        .readdirSync(path.join(out, "tags"))
        .filter((n) => n !== "index.html")
        .sort()
        .join(","),
      "ai,c,c-sharp",
    );
    const chips = html(out, "news/2023/01/d/index.html").querySelectorAll("ul.tags a").map(textOf);
    assert.deepEqual(chips, ["AI", "C#"]);
  });

  it("should give Chinese tags pinyin slugs by default and keep them under slugStyle unicode", () => {
    const files = { "articles/t.md": article({ tags: '["台风", "重庆"]', lang: "zh" }) };
    const pinyin = build(files);
    assert.ok(fs.existsSync(path.join(pinyin, "zh/tags/tai-feng/index.html")));
    assert.ok(fs.existsSync(path.join(pinyin, "zh/tags/chong-qing/index.html")));
    const unicode = build(files, siteYaml({ slugStyle: "unicode" }));
    assert.ok(fs.existsSync(path.join(unicode, "zh/tags/台风/index.html")));
    const chip = html(unicode, "zh/news/2023/05/t/index.html").querySelectorAll("ul.tags a")[0]!;
    assert.equal(chip.getAttribute("href"), `/zh/tags/${encodeURIComponent("台风")}/`);
  });

  it("should never give a tag an empty slug", () => {
    const out = build({ "articles/e.md": article({ tags: '["😀 news"]' }) });
    const tags = fs.readdirSync(path.join(out, "tags")).filter((n) => n !== "index.html");
    assert.equal(tags.length, 1);
    assert.match(tags[0]!, /^[a-z0-9-]+$/);
  });
});

describe("authors", () => {
  it("should give registered and plain-name authors paginated pages linked from bylines", () => {
    const out = build({
      "authors.yaml":
        'li-wei: { name: { en: "Li Wei", zh: "李伟" }, bio: { en: "Covers the rivers.", zh: "负责两江报道。" } }\n',
      "articles/a.md": article({ authors: "[li-wei]" }),
      "articles/b.md": article({ authors: '["Staff Reporter"]', date: "2023-05-14" }),
      "articles/c.md": article({ authors: "[li-wei]", lang: "zh", date: "2023-05-15" }),
    });
    const byline = html(out, "news/2023/05/a/index.html").querySelector('a[rel="author"]');
    assert.equal(byline?.getAttribute("href"), "/authors/li-wei/");
    assert.equal(textOf(html(out, "authors/li-wei/index.html").querySelector("h1")), "Li Wei");
    assert.match(
      textOf(html(out, "authors/li-wei/index.html").querySelector("main")),
      /Covers the rivers/,
    );
    assert.equal(textOf(html(out, "zh/authors/li-wei/index.html").querySelector("h1")), "李伟");
    const plain = html(out, "news/2023/05/b/index.html").querySelector('a[rel="author"]');
    assert.equal(textOf(plain), "Staff Reporter");
    assert.ok(fs.existsSync(path.join(out, plain!.getAttribute("href")!.slice(1), "index.html")));
  });

  it("should refuse an id-shaped author that is a typo of a registered one", () => {
    const root = tempDir();
    const content = path.join(root, "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "authors.yaml": 'li-wei: { name: "Li Wei" }\n',
      "articles/a.md": article({ authors: "[li-wie]" }),
    });
    const r = runCli(["--content", content, "--out", path.join(root, "dist"), "--now", NOW]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /a\.md:\d+:\d+ E_AUTHOR_UNKNOWN .*li-wie/);
    assert.match(r.stderr, /hint: did you mean "li-wei"/);
  });
});
