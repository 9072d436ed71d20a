// NewsArticle and BreadcrumbList JSON-LD, checked against JSON Schemas of Google's
// required and recommended properties with a small hand-written validator (no extra package).
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import { buildOk, ROOT, listTree, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";

/** The subset of JSON Schema the fixtures use. */
interface Schema {
  type?: "object" | "array" | "string" | "integer";
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  enum?: unknown[];
}

/** Every violation of `schema` by `value`, as "path: problem" lines. */
function validate(value: unknown, schema: Schema, at = "$"): string[] {
  const errors: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: not one of ${schema.enum}`);
  if (schema.type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return [`${at}: not an object`];
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) errors.push(`${at}: missing ${k}`);
    for (const [k, s] of Object.entries(schema.properties ?? {}))
      if (k in obj) errors.push(...validate(obj[k], s, `${at}.${k}`));
  } else if (schema.type === "array") {
    if (!Array.isArray(value)) return [`${at}: not an array`];
    if (value.length < (schema.minItems ?? 0)) errors.push(`${at}: fewer than ${schema.minItems}`);
    if (schema.items)
      value.forEach((v, i) => errors.push(...validate(v, schema.items!, `${at}[${i}]`)));
  } else if (schema.type === "string") {
    if (typeof value !== "string") return [`${at}: not a string`];
    if (value.length < (schema.minLength ?? 0)) errors.push(`${at}: too short`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
  } else if (schema.type === "integer" && !Number.isInteger(value)) {
    errors.push(`${at}: not an integer`);
  }
  return errors;
}

const schema = (name: string): Schema =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "test/fixtures/json-ld", name), "utf8")) as Schema;

function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.innerHTML) as Record<string, unknown>);
}

const HOSTILE = "</script><script>alert(1)</script> <!-- & more";

describe("JSON-LD", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "authors.yaml": 'li-ming: { name: { en: "Li Ming", zh: "李明" } }\n',
      "articles/en/regatta.md": article({
        title: '"Crews race on the river"',
        tags: '["#Chongqing", "Boats"]',
        authors: '[li-ming, "Zhang San"]',
        corrections: '[{ at: "2023-05-15 08:00", note: "An earlier version misspelt a name." }]',
        image: '{ src: ../../media/boats.jpg, alt: "Two boats racing" }',
      }),
      "articles/en/hostile.md": article({ title: JSON.stringify(HOSTILE), slug: "hostile" }),
      "articles/zh/long-zhou.md": article({ title: '"龙舟赛"', lang: "zh" }),
    });
    fs.mkdirSync(path.join(content, "media"));
    fs.copyFileSync(
      path.join(ROOT, "content/media/dragon-boats.jpg"),
      path.join(content, "media/boats.jpg"),
    );
    out = buildOk(content, "2024-06-01");
  });

  it("should give every article a NewsArticle that passes the Google-properties schema", () => {
    const articles = listTree(out).filter((f) =>
      /^(zh\/)?news\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    assert.equal(articles.length, 3);
    for (const f of articles) {
      const news = jsonLd(html(out, f)).filter((d) => d["@type"] === "NewsArticle");
      assert.equal(news.length, 1, f);
      assert.deepEqual(validate(news[0], schema("news-article.schema.json")), [], f);
    }
  });

  it("should name authors with their page URLs, the latest correction as dateModified, and the publisher logo", () => {
    const [news] = jsonLd(html(out, "news/2023/05/regatta/index.html"));
    assert.deepEqual(news!.author, [
      { "@type": "Person", name: "Li Ming", url: "https://news.example.org/authors/li-ming/" },
      { "@type": "Person", name: "Zhang San", url: "https://news.example.org/authors/zhang-san/" },
    ]);
    assert.equal(news!.datePublished, "2023-05-13T02:08:25+08:00");
    assert.equal(news!.dateModified, "2023-05-15T08:00:00+08:00");
    assert.equal(news!.inLanguage, "en");
    const logo = (news!.publisher as { logo: { url: string } }).logo.url;
    assert.equal(logo, "https://news.example.org/assets/logo.png");
    assert.ok(fs.existsSync(path.join(out, "assets/logo.png")), "the logo is in the output");
    const [zh] = jsonLd(html(out, "zh/news/2023/05/long-zhou/index.html"));
    assert.equal(zh!.inLanguage, "zh-CN");
    assert.deepEqual(zh!.image, [logo], "no hero image: the logo stands in");
  });

  it("should make BreadcrumbList equal the visible breadcrumbs", () => {
    for (const f of ["news/2023/05/regatta/index.html", "zh/news/2023/05/long-zhou/index.html"]) {
      const doc = html(out, f);
      const list = jsonLd(doc).find((d) => d["@type"] === "BreadcrumbList")!;
      assert.deepEqual(validate(list, schema("breadcrumb-list.schema.json")), [], f);
      const items = list.itemListElement as { position: number; name: string; item: string }[];
      const visible = doc.querySelectorAll("nav.breadcrumbs a").map((a) => ({
        name: textOf(a),
        item: new URL(a.getAttribute("href")!, "https://news.example.org/").toString(),
      }));
      assert.ok(visible.length === 3, f);
      assert.deepEqual(
        items.map((i) => ({ name: i.name, item: i.item })),
        visible,
        f,
      );
      assert.deepEqual(
        items.map((i) => i.position),
        [1, 2, 3],
      );
    }
  });

  it("should escape < in JSON-LD so a hostile title cannot close the script", () => {
    const file = path.join(out, "news/2023/05/hostile/index.html");
    const raw = fs.readFileSync(file, "utf8");
    const blocks = [...raw.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 2, "exactly the two JSON-LD blocks, none broken open");
    for (const [, body] of blocks) {
      assert.ok(!body!.includes("<"), "no raw < inside JSON-LD");
      assert.ok(body!.includes("\\u003c/script\\u003e"));
    }
    const [news] = jsonLd(html(out, "news/2023/05/hostile/index.html"));
    assert.equal(news!.headline, HOSTILE, "the escaped JSON still parses to the exact title");
    const scripts = html(out, "news/2023/05/hostile/index.html").querySelectorAll("script");
    // Besides JSON-LD, only the registered theme script and the deferred site.js.
    assert.deepEqual(
      scripts.filter((s) => s.getAttribute("type") !== "application/ld+json").map((s) => s.text),
      [INLINE_SCRIPTS.theme, ""],
    );
  });
});
