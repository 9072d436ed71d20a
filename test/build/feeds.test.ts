// Atom and JSON Feed 1.1 for the site, each section, tag and author, per language.
// Atom is validated with jing against RFC 4287's RELAX NG schema; JSON Feed against its spec's
// required fields.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildOk, ROOT, listTree, tempDir, writeTree } from "../helpers/cli.ts";
import { fileOfHref, html, xml } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const ATOM_RNC = path.join(ROOT, "test/fixtures/feeds/atom.rnc");
const HAS_JING = spawnSync("jing", [], { encoding: "utf8" }).error === undefined;

interface AtomEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  summary: string;
  content: { "#text": string; "@_type": string };
  author: { name: string; uri?: string }[];
  category?: { "@_term": string }[];
  link: { "@_href": string };
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary: string;
    date_published: string;
    date_modified: string;
    authors?: { name: string; url?: string }[];
    tags?: string[];
  }[];
}

describe("feeds", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "authors.yaml": 'li-ming: { name: { en: "Li Ming", zh: "李明" } }\n',
      "articles/en/a.md": article(
        { title: '"River story"', tags: '["#Chongqing", "Boats"]', authors: "[li-ming]" },
        "The river **rose** by two metres & more.\n",
      ),
      "articles/en/b.md": article({
        title: '"Chip story"',
        section: "tech",
        date: "2023-06-02 09:00",
        updated: "2023-06-03 10:00",
        tags: '["#Chongqing"]',
        authors: '["Zhang San"]',
      }),
      "articles/zh/c.md": article({
        title: '"江水上涨"',
        lang: "zh",
        tags: '["重庆"]',
        authors: "[li-ming]",
      }),
    });
    out = buildOk(content, "2024-06-01");
  });

  it("should link each list page to its own Atom and JSON feed, both present in the output", () => {
    const pages: [string, string][] = [
      ["index.html", "feed"],
      ["news/index.html", "news/feed"],
      ["tags/chongqing/index.html", "tags/chongqing/feed"],
      ["authors/li-ming/index.html", "authors/li-ming/feed"],
      ["authors/zhang-san/index.html", "authors/zhang-san/feed"],
      ["zh/index.html", "zh/feed"],
      ["zh/news/index.html", "zh/news/feed"],
      ["zh/tags/chong-qing/index.html", "zh/tags/chong-qing/feed"],
      ["zh/authors/li-ming/index.html", "zh/authors/li-ming/feed"],
    ];
    for (const [page, feed] of pages) {
      const links = html(out, page).querySelectorAll('link[rel="alternate"][type]');
      const byType = (t: string) =>
        links
          .filter((l) => l.getAttribute("type") === t)
          .map((l) => fileOfHref(l.getAttribute("href")!));
      assert.ok(byType("application/atom+xml").includes(`${feed}.xml`), `${page} → ${feed}.xml`);
      assert.ok(byType("application/feed+json").includes(`${feed}.json`), `${page} → ${feed}.json`);
      assert.ok(fs.existsSync(path.join(out, `${feed}.xml`)), `${feed}.xml`);
      assert.ok(fs.existsSync(path.join(out, `${feed}.json`)), `${feed}.json`);
    }
  });

  it("should list only the section's, tag's or author's articles of that language", () => {
    const titles = (rel: string) =>
      ((xml(out, rel).feed as { entry?: AtomEntry[] }).entry ?? []).map((e) => e.title);
    assert.deepEqual(titles("news/feed.xml"), ["River story"]);
    assert.deepEqual(titles("tech/feed.xml"), ["Chip story"]);
    assert.deepEqual(titles("tags/chongqing/feed.xml"), ["Chip story", "River story"]);
    assert.deepEqual(titles("authors/zhang-san/feed.xml"), ["Chip story"]);
    assert.deepEqual(titles("zh/feed.xml"), ["江水上涨"]);
    assert.deepEqual(titles("zh/authors/li-ming/feed.xml"), ["江水上涨"]);
  });

  it("should give Atom entries offset dates, authors, categories, a summary and escaped full content", () => {
    const feed = xml(out, "feed.xml").feed as { entry: AtomEntry[]; updated: string };
    assert.match(feed.updated, OFFSET_DATE);
    const chip = feed.entry.find((e) => e.title === "Chip story")!;
    assert.equal(chip.published, "2023-06-02T09:00:00+08:00");
    assert.equal(chip.updated, "2023-06-03T10:00:00+08:00");
    assert.deepEqual(chip.author, [
      { name: "Zhang San", uri: "https://news.example.org/authors/zhang-san/" },
    ]);
    const river = feed.entry.find((e) => e.title === "River story")!;
    assert.deepEqual(
      river.category?.map((c) => c["@_term"]),
      ["Chongqing", "Boats"],
    );
    assert.match(river.summary, /river/);
    assert.equal(river.content["@_type"], "html");
    assert.match(river.content["#text"], /<strong>rose<\/strong>/);
    const raw = fs.readFileSync(path.join(out, "feed.xml"), "utf8");
    assert.ok(
      raw.includes("&lt;strong&gt;rose&lt;/strong&gt;"),
      "content is escaped text, not markup",
    );
  });

  it("should give tag and author feed entries a summary and a link, never the full body", () => {
    for (const rel of ["tags/chongqing/feed.xml", "authors/li-ming/feed.xml"]) {
      const entries = (xml(out, rel).feed as { entry: AtomEntry[] }).entry;
      const river = [entries].flat().find((e) => e.title === "River story")!;
      assert.doesNotMatch(river.content["#text"], /<strong>rose<\/strong>/, rel);
      assert.match(river.content["#text"], /river/, `${rel}: the summary`);
      assert.match(river.content["#text"], /<a href="https:\/\/news\.example\.org\/news\//, rel);
    }
    const json = JSON.parse(fs.readFileSync(path.join(out, "tags/chongqing/feed.json"), "utf8"));
    const item = (json as JsonFeed).items.find((i) => i.title === "River story")!;
    assert.doesNotMatch(item.content_html, /<strong>/);
    assert.deepEqual(item.tags, ["Chongqing", "Boats"]);
  });

  it("should validate every Atom feed against the RFC 4287 RELAX NG schema with jing", (t) => {
    if (!HAS_JING) {
      if (process.env.CI) assert.fail("jing is required in CI (apt-get install -y jing)");
      t.skip("jing is not installed (apt-get install -y jing); the CI run installs it");
      return;
    }
    const feeds = listTree(out)
      .filter((f) => f.endsWith("feed.xml"))
      .map((f) => path.join(out, f));
    assert.ok(feeds.length >= 12, `${feeds.length} feeds`);
    const r = spawnSync("jing", ["-c", ATOM_RNC, ...feeds], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // The validator must be able to fail: a feed without <id> is invalid.
    const broken = path.join(tempDir(), "broken.xml");
    fs.writeFileSync(broken, fs.readFileSync(feeds[0]!, "utf8").replace(/<id>[^<]*<\/id>/, ""));
    const bad = spawnSync("jing", ["-c", ATOM_RNC, broken], { encoding: "utf8" });
    assert.notEqual(bad.status, 0, "jing rejects a feed without atom:id");
  });

  it("should write JSON Feed 1.1 with the spec's required fields and offset dates", () => {
    const files = listTree(out).filter((f) => f.endsWith("feed.json"));
    assert.ok(files.length >= 12);
    for (const f of files) {
      const feed = JSON.parse(fs.readFileSync(path.join(out, f), "utf8")) as JsonFeed;
      assert.equal(feed.version, "https://jsonfeed.org/version/1.1", f);
      assert.ok(typeof feed.title === "string" && feed.title.length > 0, f);
      assert.ok(Array.isArray(feed.items), f);
      assert.equal(fileOfHref(new URL(feed.feed_url).pathname), f, "feed_url is the file itself");
      for (const item of feed.items) {
        assert.ok(typeof item.id === "string" && item.id.length > 0, `${f}: id`);
        assert.ok(typeof item.content_html === "string", `${f}: content_html or content_text`);
        assert.match(item.date_published, OFFSET_DATE);
        assert.match(item.date_modified, OFFSET_DATE);
        for (const a of item.authors ?? []) assert.ok(a.name, `${f}: author name`);
      }
    }
    const site = JSON.parse(fs.readFileSync(path.join(out, "feed.json"), "utf8")) as JsonFeed;
    const river = site.items.find((i) => i.title === "River story")!;
    assert.deepEqual(river.tags, ["Chongqing", "Boats"]);
    assert.deepEqual(river.authors, [
      { name: "Li Ming", url: "https://news.example.org/authors/li-ming/" },
    ]);
    assert.match(river.content_html, /<strong>rose<\/strong>/);
    const zh = JSON.parse(fs.readFileSync(path.join(out, "zh/feed.json"), "utf8")) as JsonFeed;
    assert.equal(zh.language, "zh-CN");
    assert.deepEqual(
      zh.items.map((i) => i.title),
      ["江水上涨"],
    );
  });
});
