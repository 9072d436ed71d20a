// Builds the sample site through the real CLI and checks the output as a reader and a crawler see it.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { before, describe, it } from "node:test";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import { ROOT, listTree, runCli, tempDir, type CliRun } from "../helpers/cli.ts";
import { fileOfHref, filesContaining, html, textOf, xml } from "../helpers/output.ts";
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";

const NOW = "2025-01-01T00:00:00+08:00";
const FLAGSHIP = "news/2023/05/hong-kong-crews-jialing-river-regatta/index.html";
const FLAGSHIP_SRC = "content/articles/en/2023/hong-kong-crews-jialing-river-regatta.md";
const ZH_FLAGSHIP = "zh/news/2023/05/jialing-jiang-chun-ji-long-zhou-sai/index.html";
let out = "";
let run: CliRun;

before(() => {
  out = path.join(tempDir(), "dist");
  run = runCli(["--out", out, "--now", NOW]);
});

describe("sample site build", () => {
  it("should exit 0 and end with the one-line summary", () => {
    assert.equal(run.status, 0, run.stderr);
    const last = run.stdout.trim().split("\n").at(-1)!;
    // At this clock the sample's 33 stories of November–December 2026 are still scheduled.
    assert.match(
      last,
      /^built \d+ pages \(\d+ files\) from 22 articles in \d+\.\d+ s — 1 draft, 34 scheduled, 0 warnings$/,
    );
    assert.match(run.stderr, /published in (\d+) = article pages out \1/);
  });

  it("should render the flagship like the seed story: breadcrumbs, byline time, tags, captions, comments", () => {
    const doc = html(out, FLAGSHIP);
    const crumbs = doc
      .querySelectorAll("nav.breadcrumbs li")
      .map((li) => textOf(li).replace(/»/g, "").trim());
    assert.deepEqual(crumbs, ["Home", "News", textOf(doc.querySelector("h1"))]);
    assert.equal(doc.querySelector("nav.breadcrumbs")?.getAttribute("aria-label"), "Breadcrumb");
    const time = doc.querySelector("article time");
    assert.equal(time?.getAttribute("datetime"), "2023-05-13T02:08:25+08:00");
    assert.equal(textOf(time), "13 May 2023, 02:08 (UTC+8)");
    const tagLinks = doc.querySelectorAll("ul.tags a");
    assert.equal(tagLinks.length, 10);
    assert.ok(tagLinks.every((a) => /^\/tags\/[a-z0-9-]+\/$/.test(a.getAttribute("href")!)));
    const body = doc.querySelector(".article-body")!;
    const captions = body.querySelectorAll("figure figcaption");
    assert.equal(captions.length, 5, "one figcaption per captioned body image");
    const texts = captions.map(textOf);
    assert.ok(
      texts.some((t, i) => i > 0 && t === texts[i - 1]),
      "two identical captions in a row both render",
    );
    assert.ok(captions.every((c) => c.querySelector("small.credit")));
    assert.match(
      textOf(doc.querySelector('section.comments[aria-labelledby="comments-title"]')),
      /spam filter/,
    );
    assert.ok(
      doc
        .querySelectorAll("script")
        .every(
          (el) =>
            el.getAttribute("type") === "application/ld+json" ||
            /^\/assets\/site\.[0-9a-f]{12}\.js$/.test(el.getAttribute("src") ?? "") ||
            el.text === INLINE_SCRIPTS.theme,
        ),
      "the only scripts are JSON-LD data blocks, the registered theme script and site.js",
    );
  });

  it("should show the body's Markdown plain text, nothing lost", () => {
    const src = fs.readFileSync(path.join(ROOT, FLAGSHIP_SRC), "utf8");
    const bodyMd = src.slice(src.indexOf("\n---\n", 4) + 5);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(bodyMd);
    // An image shows its caption and credit as text; its alt text is an attribute, not text.
    const showCaptions = (node: {
      type: string;
      title?: string | null;
      value?: string;
      children?: unknown[];
    }): void => {
      if (node.type === "image")
        Object.assign(node, { type: "text", value: (node.title ?? "").replace(" © ", " ") });
      for (const child of (node.children ?? []) as (typeof node)[]) showCaptions(child);
    };
    showCaptions(tree);
    // Typography aside (curly quotes, dashes, ellipses: smart quotes), every character is shown.
    const plain = (t: string): string =>
      t
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/\.\.\./g, "\u2026")
        .replace(/-{2,3}/g, "\u2014")
        .replace(/\s+/g, "");
    const expected = plain(toString(tree));
    const doc = html(out, FLAGSHIP);
    const shown = plain(textOf(doc.querySelector(".article-body")));
    assert.equal(shown, expected);
  });

  it("should carry the hero image with caption, credit and intrinsic size, copied under a content hash", async () => {
    const doc = html(out, FLAGSHIP);
    const hero = doc.querySelector("article figure img")!;
    const src = hero.getAttribute("src")!;
    assert.match(src, /^\/media\/dragon-boats\.[0-9a-f]{12}-\d+\.jpg$/);
    const meta = await sharp(path.join(out, src)).metadata();
    assert.equal(hero.getAttribute("width"), String(meta.width));
    assert.equal(hero.getAttribute("height"), String(meta.height));
    assert.equal(meta.format, "jpeg");
    const picture = hero.parentNode!;
    assert.equal(picture.tagName, "PICTURE");
    const sources = picture.querySelectorAll("source");
    assert.deepEqual(
      sources.map((x) => x.getAttribute("type")),
      ["image/avif", "image/webp"],
    );
    for (const img of doc.querySelectorAll("img")) {
      assert.ok(img.getAttribute("alt"), "every image has alt text");
      assert.ok(fs.existsSync(path.join(out, fileOfHref(img.getAttribute("src")!)!)));
    }
  });

  it("should show an author's photo, role, bio and own page in each edition", () => {
    const en = html(out, "authors/li-wei/index.html");
    assert.equal(textOf(en.querySelector(".role")!), "City hall and transport reporter");
    assert.equal(
      textOf(html(out, "zh/authors/li-wei/index.html").querySelector(".role")!),
      "市政与交通记者",
    );
    assert.ok(en.querySelector('a[href="https://news.example.org/about/"]'));
    assert.ok(en.querySelector("main picture img[width][height]"), "the portrait");
  });

  it("should link about, corrections policy and contact from every footer, in each edition", () => {
    for (const [page, prefix] of [
      ["index.html", "/"],
      ["zh/index.html", "/zh/"],
    ] as const) {
      const hrefs = html(out, page)
        .querySelectorAll("footer a")
        .map((a) => a.getAttribute("href"));
      for (const p of ["about/", "corrections/", "contact/"])
        assert.ok(hrefs.includes(prefix + p), `${page}: ${hrefs.join(" ")}`);
    }
  });

  it("should link to another article's file by its URL", () => {
    const doc = html(out, FLAGSHIP);
    const link = doc.querySelectorAll(".article-body a").find((a) => textOf(a) === "earlier story");
    assert.ok(link);
    assert.match(
      link.getAttribute("href")!,
      /^\/[a-z]+\/\d{4}\/\d{2}\/jialing-riverside-fair-announced\/$/,
    );
    assert.ok(fs.existsSync(path.join(out, fileOfHref(link.getAttribute("href")!)!)));
  });

  it("should show the updated time and localise the zh byline", () => {
    const doc = html(out, FLAGSHIP);
    const times = doc.querySelectorAll("article time").map((t) => t.getAttribute("datetime"));
    assert.ok(times.includes("2023-05-13T18:40:00+08:00"));
    const zh = html(out, ZH_FLAGSHIP);
    assert.equal(zh.querySelector("html")?.getAttribute("lang"), "zh-CN");
    assert.equal(textOf(zh.querySelector("article time")), "2023年5月13日 02:08");
  });

  it("should link the translation pair with reciprocal absolute hreflang alternates and the language switch", () => {
    const en = html(out, FLAGSHIP);
    const zh = html(out, ZH_FLAGSHIP);
    const alt = (doc: typeof en) =>
      Object.fromEntries(
        doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
    const enUrl = "https://news.example.org/news/2023/05/hong-kong-crews-jialing-river-regatta/";
    const zhUrl = "https://news.example.org/zh/news/2023/05/jialing-jiang-chun-ji-long-zhou-sai/";
    assert.deepEqual(alt(en), { en: enUrl, "zh-CN": zhUrl, "x-default": enUrl });
    assert.deepEqual(alt(zh), alt(en));
    assert.equal(
      en.querySelector("nav.language-switch a")?.getAttribute("href"),
      "/zh/news/2023/05/jialing-jiang-chun-ji-long-zhou-sai/",
    );
    assert.equal(en.querySelector('link[rel="canonical"]')?.getAttribute("href"), enUrl);
  });

  it("should leave no trace of the draft or the pending article", () => {
    for (const needle of [
      "drone-light-show-plan",
      "3,000-drone",
      "new-year-lantern-walk-2031",
      "Lantern walk opens",
      "new-year-lanterns",
    ]) {
      assert.deepEqual(filesContaining(out, needle), [], needle);
    }
  });

  it("should paginate the Chongqing tag into 3 pages of 5 with prev/next and aria-current", () => {
    const p1 = html(out, "tags/chongqing/index.html");
    assert.equal(p1.querySelectorAll("main article").length, 5);
    assert.equal(
      p1.querySelector('link[rel="next"]')?.getAttribute("href"),
      "/tags/chongqing/page/2/",
    );
    assert.equal(p1.querySelector('.pager [aria-current="page"]')?.textContent.trim(), "1");
    const p3 = html(out, "tags/chongqing/page/3/index.html");
    assert.equal(p3.querySelectorAll("main article").length, 4);
    assert.equal(
      p3.querySelector('link[rel="prev"]')?.getAttribute("href"),
      "/tags/chongqing/page/2/",
    );
    assert.equal(p3.querySelector('link[rel="next"]'), null);
    assert.equal(
      p3.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      "https://news.example.org/tags/chongqing/page/3/",
    );
    assert.ok(!fs.existsSync(path.join(out, "tags/chongqing/page/4/index.html")));
    const all = html(out, "tags/index.html");
    const entry = all
      .querySelectorAll("main a")
      .find((a) => a.getAttribute("href") === "/tags/chongqing/");
    assert.ok(
      entry && /14/.test(textOf(entry.parentNode as typeof entry)),
      "all-tags page shows the count",
    );
  });

  it("should keep C# and C as two tags and give Chinese tags pinyin slugs", () => {
    assert.ok(fs.existsSync(path.join(out, "tags/c-sharp/index.html")));
    assert.ok(fs.existsSync(path.join(out, "tags/c/index.html")));
    assert.ok(fs.existsSync(path.join(out, "zh/tags/chong-qing/index.html")));
    assert.equal(textOf(html(out, "zh/tags/chong-qing/index.html").querySelector("h1")), "重庆");
  });

  it("should give every page a title, description, canonical, skip link, main landmark and labelled navs", () => {
    for (const f of listTree(out).filter((f) => f.endsWith(".html"))) {
      const doc = html(out, f);
      assert.ok(textOf(doc.querySelector("title")), `${f}: title`);
      assert.ok(
        doc.querySelector('meta[name="description"]')?.getAttribute("content"),
        `${f}: description`,
      );
      if (!f.endsWith("404.html"))
        assert.match(
          doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "",
          /^https:\/\/news\.example\.org\//,
          f,
        );
      const skip = doc.querySelector("a[href]");
      assert.equal(skip?.getAttribute("href"), "#main", `${f}: first link is the skip link`);
      assert.equal(doc.querySelectorAll("main#main").length, 1, f);
      assert.ok(
        doc.querySelectorAll("nav").every((n) => n.getAttribute("aria-label")),
        `${f}: labelled navs`,
      );
    }
  });

  it("should mark the current section in the navigation", () => {
    const doc = html(out, FLAGSHIP);
    assert.equal(textOf(doc.querySelector('nav.site-nav a[aria-current="page"]')), "News");
  });

  it("should resolve every internal link and image in every page", () => {
    const files = new Set(listTree(out));
    for (const f of [...files].filter((f) => f.endsWith(".html"))) {
      for (const el of html(out, f).querySelectorAll("a[href], link[href], img[src]")) {
        const target = el.getAttribute("href") ?? el.getAttribute("src")!;
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const file = fileOfHref(target);
        assert.ok(file && files.has(file), `${f} → ${target}`);
      }
    }
  });

  it("should write an Atom feed per language with offset dates and only that language", () => {
    const en = xml(out, "feed.xml").feed as {
      entry: { title: string; updated: string; published: string; link: { "@_href": string } }[];
      updated: string;
    };
    assert.ok(en.entry.length > 0 && en.entry.length <= 20);
    assert.ok(en.entry.every((e) => /\+08:00$/.test(e.published) && /\+08:00$/.test(e.updated)));
    assert.ok(
      en.entry.every(
        (e) =>
          e.link["@_href"].startsWith("https://news.example.org/") &&
          !e.link["@_href"].includes("/zh/"),
      ),
    );
    const zh = xml(out, "zh/feed.xml").feed as { entry: { link: { "@_href": string } }[] };
    assert.ok(zh.entry.every((e) => e.link["@_href"].startsWith("https://news.example.org/zh/")));
    const doc = html(out, "index.html");
    assert.equal(
      doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href"),
      "/feed.xml",
    );
  });

  it("should index per-language sitemaps listing each article once with an offset lastmod", () => {
    const index = xml(out, "sitemap.xml").sitemapindex as { sitemap: { loc: string }[] };
    const locs = index.sitemap.map((s) => s.loc);
    assert.deepEqual(locs, [
      "https://news.example.org/sitemap-en-1.xml",
      "https://news.example.org/sitemap-zh-1.xml",
    ]);
    const urls = (
      xml(out, "sitemap-en-1.xml").urlset as { url: { loc: string; lastmod?: string }[] }
    ).url;
    const flagship = urls.filter((u) =>
      u.loc.endsWith("/news/2023/05/hong-kong-crews-jialing-river-regatta/"),
    );
    assert.equal(flagship.length, 1);
    assert.equal(flagship[0]!.lastmod, "2023-05-13T18:40:00+08:00");
    assert.equal(new Set(urls.map((u) => u.loc)).size, urls.length, "no URL twice");
    assert.ok(!urls.some((u) => u.loc.includes("drone-light-show")));
    assert.match(
      fs.readFileSync(path.join(out, "robots.txt"), "utf8"),
      /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m,
    );
  });

  it("should give each edition a home with the featured lead story and a localised 404", () => {
    const home = html(out, "index.html");
    assert.match(textOf(home.querySelector("main")), /Hong Kong crews join the Jialing River/);
    assert.equal(html(out, "zh/404.html").querySelector("html")?.getAttribute("lang"), "zh-CN");
    assert.ok(fs.existsSync(path.join(out, "about/index.html")));
    assert.ok(fs.existsSync(path.join(out, "zh/about/index.html")));
  });

  it("should copy only referenced media", () => {
    const media = listTree(out).filter((f) => f.startsWith("media/"));
    assert.ok(media.length >= 4);
    assert.ok(!media.some((m) => m.includes("new-year-lanterns")));
  });

  it("should chain prev/next within a section in date order, covering the whole section", () => {
    const sectionItems: string[] = [];
    for (let n = 1, file = "news/index.html"; ; n++) {
      const page = html(out, file);
      sectionItems.push(
        ...page
          .querySelectorAll("main article h2 a, main article h3 a")
          .map((a) => a.getAttribute("href")!),
      );
      const next = page.querySelector('.pager a[rel="next"]')?.getAttribute("href");
      if (!next) break;
      file = fileOfHref(next)!;
    }
    assert.ok(sectionItems.length >= 3);
    const chain = [sectionItems[0]!];
    for (;;) {
      const older = html(out, fileOfHref(chain.at(-1)!)!).querySelector(
        'nav.article-nav a[rel="prev"]',
      );
      if (!older) break;
      chain.push(older.getAttribute("href")!);
    }
    assert.deepEqual(chain, sectionItems);
    const newest = html(out, fileOfHref(sectionItems[0]!)!);
    assert.equal(newest.querySelector('nav.article-nav a[rel="next"]'), null);
  });

  it("should reach every published article of an edition from the home page's pager", () => {
    const seen = new Set<string>();
    const home = html(out, "index.html");
    const pages = ["/", ...home.querySelectorAll(".pager a").map((a) => a.getAttribute("href")!)];
    for (const p of new Set(pages)) {
      for (const a of html(out, fileOfHref(p)!).querySelectorAll("main article a")) {
        const h = a.getAttribute("href")!;
        if (/^\/[a-z]+\/\d{4}\/\d{2}\/[^/]+\/$/.test(h)) seen.add(h);
      }
    }
    const enArticles = listTree(out).filter((f) =>
      /^(?!zh\/)[a-z]+\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    );
    assert.equal(seen.size, enArticles.length);
  });
});
