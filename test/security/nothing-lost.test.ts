// Nothing lost (SECURITY.md row R31): every published article reaches its page, home,
// section, tag and author lists, the feed window and the sitemap, or the build fails naming it.
// The real CLI builds the site; then the verify step is run in-process on damaged copies of that
// output (content cannot damage output itself), each damage caught with its code and file.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { modelSite, type SiteModel } from "../../src/model-site.ts";
import { BuildRun } from "../../src/report.ts";
import { displayPath } from "../../src/content/display-path.ts";
import { terminalProgress } from "../../src/progress.ts";
import { finishVerify, verifyBefore, verifyStaged } from "../../src/publish/verify.ts";
import type { SiteData } from "../../src/collect/site.ts";
import { runCli, tempDir, treeHash } from "../helpers/cli.ts";
import { html } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { NOW, writeFiles } from "./harness.ts";

const SITE = siteYaml({ slugStyle: "unicode" });
const BASE = "https://news.example.org/";
const FILES = {
  "site.yaml": SITE,
  "authors.yaml": 'li-wei: { name: { en: "Li Wei", zh: "李伟" } }\n',
  "articles/alpha.md": article({
    title: '"Alpha story"',
    tags: '["Alpha", "Shared"]',
    authors: "[li-wei]",
  }),
  "articles/beta.md": article({
    title: '"Beta story"',
    date: "2023-05-12",
    tags: '["Shared"]',
    section: "tech",
  }),
  "articles/gamma.md": article({
    title: '"台风登陆"',
    lang: "zh",
    tags: '["台风"]',
    authors: "[li-wei]",
  }),
  "articles/draft.md": article({ title: '"Draft story"', draft: "true" }),
  "articles/later.md": article({ title: '"Later story"', date: "2030-01-01" }),
};
const ALPHA = "news/2023/05/alpha/index.html";
/** How errors name alpha.md: the path from where the tests started, wherever the tree is. */
let ALPHA_SRC = "";

let content = "";
let out = "";
let site: SiteData;
let model: SiteModel;

/** A fresh copy of the built output to damage, and the verify result on it after `damage`. */
async function verifyDamaged(
  damage: (dir: string) => void,
): Promise<{ code: string; file: string }[]> {
  const dir = path.join(tempDir("broadsheet-staged-"), "staging");
  fs.cpSync(out, dir, { recursive: true });
  damage(dir);
  const { errors } = await verifyStaged(dir, site, {
    baseUrl: BASE,
    shownArticles: model.collected.shown.length,
    displayPath: model.displayPath,
  });
  return errors.map((e) => ({ code: e.code, file: e.file }));
}

function edit(dir: string, rel: string, fn: (text: string) => string): void {
  const p = path.join(dir, rel);
  const before = fs.readFileSync(p, "utf8");
  const after = fn(before);
  assert.notEqual(after, before, `${rel}: the damage applied`);
  fs.writeFileSync(p, after);
}

describe("nothing lost", () => {
  before(async () => {
    const root = tempDir("broadsheet-lost-");
    content = path.join(root, "content");
    out = path.join(root, "dist");
    writeFiles(content, FILES);
    ALPHA_SRC = displayPath(path.join(content, "articles/alpha.md"));
    assert.ok(
      ALPHA_SRC.endsWith("/content/articles/alpha.md") && ALPHA_SRC !== "content/articles/alpha.md",
    );
    const r = runCli(["--content", content, "--out", out, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    const run = new BuildRun(terminalProgress({ quiet: true }));
    const opts = {
      contentDir: content,
      outDir: out,
      now: NOW,
      preview: false,
      cacheDir: false as const,
    };
    const modelled = await modelSite(opts, run);
    assert.deepEqual(run.report.errors, []);
    model = modelled!;
    site = model.collected.site;
  });

  it("R31: should print published in = article pages out, count drafts and pending apart, and build byte-identically twice", () => {
    const again = path.join(tempDir(), "dist");
    const r = runCli(["--content", content, "--out", again, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /published in 3 = article pages out 3/);
    assert.match(r.stdout, /from 3 articles in [\d.]+ s — 1 draft, 1 scheduled, 0 warnings\n$/);
    assert.equal(treeHash(again), treeHash(out));
  });

  it("R31: should list each article in its home, section, tag and author pages", () => {
    const links = (rel: string): string[] =>
      html(out, rel)
        .querySelectorAll("main a")
        .map((a) => a.getAttribute("href") ?? "");
    for (const page of [
      "index.html",
      "news/index.html",
      "tags/alpha/index.html",
      "tags/shared/index.html",
      "authors/li-wei/index.html",
    ])
      assert.ok(links(page).includes("/news/2023/05/alpha/"), page);
    assert.ok(links("tags/shared/index.html").includes("/tech/2023/05/beta/"));
    assert.ok(links("zh/tags/台风/index.html").includes("/zh/news/2023/05/gamma/"));
  });

  it("should pass the verify step on the intact output", async () => {
    assert.deepEqual(await verifyDamaged(() => undefined), []);
  });

  it("should fail naming the article when it drops out of a tag page", async () => {
    const errors = await verifyDamaged((d) =>
      edit(d, "tags/alpha/index.html", (t) =>
        t.replaceAll('href="/news/2023/05/alpha/"', 'href="/news/"'),
      ),
    );
    assert.deepEqual(errors, [{ code: "E_OUTPUT_MISSING", file: ALPHA_SRC }]);
  });

  it("should fail naming the article when it drops out of its section, author or home list", async () => {
    for (const list of ["news/index.html", "authors/li-wei/index.html", "index.html"]) {
      const errors = await verifyDamaged((d) =>
        edit(d, list, (t) => t.replaceAll('href="/news/2023/05/alpha/"', 'href="/news/"')),
      );
      assert.deepEqual(errors, [{ code: "E_OUTPUT_MISSING", file: ALPHA_SRC }], list);
    }
  });

  it("should fail naming the article when it is missing from the feed or the sitemap", async () => {
    const abs = `${BASE}news/2023/05/alpha/`;
    const fromFeed = await verifyDamaged((d) =>
      edit(d, "feed.xml", (t) =>
        t.replace(/<entry>(?:(?!<\/entry>)[\s\S])*?alpha(?:(?!<\/entry>)[\s\S])*<\/entry>/, ""),
      ),
    );
    assert.ok(
      fromFeed.some((e) => e.code === "E_OUTPUT_MISSING" && e.file === ALPHA_SRC),
      JSON.stringify(fromFeed),
    );
    const sitemap = fs.readdirSync(out).find((f) => /^sitemap-en-\d+\.xml$/.test(f))!;
    const fromSitemap = await verifyDamaged((d) =>
      edit(d, sitemap, (t) =>
        t.replace(new RegExp(`<url>\\s*<loc>${abs}</loc>[\\s\\S]*?</url>`), ""),
      ),
    );
    assert.deepEqual(fromSitemap, [{ code: "E_OUTPUT_MISSING", file: ALPHA_SRC }]);
  });

  it("should fail when an article page is missing", async () => {
    const errors = await verifyDamaged((d) => fs.rmSync(path.join(d, ALPHA)));
    assert.ok(
      errors.some((e) => e.code === "E_OUTPUT_MISSING" && e.file === ALPHA_SRC),
      JSON.stringify(errors),
    );
  });

  it("should fail a sitemap lastmod before the article's date (E_DATE_ORDER)", async () => {
    const sitemap = fs.readdirSync(out).find((f) => /^sitemap-en-\d+\.xml$/.test(f))!;
    const errors = await verifyDamaged((d) =>
      edit(d, sitemap, (t) =>
        t.replace(/(<loc>[^<]*\/alpha\/<\/loc>\s*<lastmod>)[^<]+/, "$12001-01-01T00:00:00+08:00"),
      ),
    );
    assert.deepEqual(errors, [{ code: "E_DATE_ORDER", file: ALPHA_SRC }]);
  });

  it("should fail a broken internal link, percent-encoded Unicode included (E_LINK_BROKEN)", async () => {
    const errors = await verifyDamaged((d) =>
      edit(d, ALPHA, (t) =>
        t.replace("</main>", `<a href="/zh/tags/${encodeURIComponent("台风台风")}/">x</a></main>`),
      ),
    );
    assert.deepEqual(errors, [{ code: "E_LINK_BROKEN", file: ALPHA_SRC }]);
  });

  it("should fail ill-formed XML (E_XML_INVALID) and invalid JSON-LD (E_JSONLD_INVALID)", async () => {
    const xmlErrors = await verifyDamaged((d) =>
      edit(d, "sitemap.xml", (t) => t.replace("</sitemapindex>", "")),
    );
    assert.ok(
      xmlErrors.some((e) => e.code === "E_XML_INVALID"),
      JSON.stringify(xmlErrors),
    );
    const ld = await verifyDamaged((d) =>
      edit(d, ALPHA, (t) =>
        t.replace("</head>", '<script type="application/ld+json">{"@type": </script></head>'),
      ),
    );
    assert.deepEqual(ld, [{ code: "E_JSONLD_INVALID", file: ALPHA_SRC }]);
  });

  it("R27: should fail a page with a script or an event handler slipped in (E_UNSAFE_OUTPUT)", async () => {
    const errors = await verifyDamaged((d) =>
      edit(d, ALPHA, (t) =>
        t.replace(
          "</main>",
          '<img src="/x.png" onerror="alert(1)"><script>alert(1)</script></main>',
        ),
      ),
    );
    assert.ok(
      errors.length >= 2 && errors.every((e) => e.file === ALPHA_SRC),
      JSON.stringify(errors),
    );
    assert.ok(errors.some((e) => e.code === "E_UNSAFE_OUTPUT"));
  });

  it("should verify the pages while the search index is written, and the index and its links after", async () => {
    const opts = {
      baseUrl: BASE,
      shownArticles: model.collected.shown.length,
      displayPath: model.displayPath,
    };
    const codes = (errors: { code: string; file: string }[]) => errors.map((e) => [e.code, e.file]);
    /** Verifies a copy whose /pagefind/ is absent until the first part is done, then `damage`d. */
    const verifyWhileIndexed = async (damage: (index: string) => void) => {
      const dir = path.join(tempDir("broadsheet-staged-"), "staging");
      fs.cpSync(out, dir, { recursive: true });
      const index = path.join(dir, "pagefind");
      const aside = `${dir}-index`;
      fs.renameSync(index, aside);
      const partial = await verifyBefore(dir, site, opts, "pagefind");
      assert.deepEqual(codes(partial.errors), [], "links into the index wait for it");
      fs.renameSync(aside, index);
      damage(index);
      return codes((await finishVerify(partial)).errors);
    };
    assert.deepEqual(await verifyWhileIndexed(() => undefined), []);
    const missing = await verifyWhileIndexed((index) => fs.rmSync(path.join(index, "search.js")));
    assert.ok(
      missing.length > 0 && missing.every(([code]) => code === "E_LINK_BROKEN"),
      JSON.stringify(missing),
    );
    const linked = await verifyWhileIndexed((index) =>
      fs.symlinkSync("/etc/passwd", path.join(index, "en", "x.pf_meta")),
    );
    assert.deepEqual(linked, [["E_UNSAFE_OUTPUT", "<output>/pagefind/en/x.pf_meta"]]);
  });
});
