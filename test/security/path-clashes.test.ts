// Output paths one case-folding, normalising disk (macOS, Windows) sees as one file, and Windows
// device names, through the real CLI: refused with a located error or left unwritten, never a crash.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { foldPath } from "../../src/routes.ts";
import { article, siteYaml } from "../helpers/site.ts";
import {
  assertBuilt,
  assertRefused,
  filesBelow,
  hostileBuild,
  type HostileRun,
  type Tree,
} from "./harness.ts";

/** A redirects.lock with the given URL histories (article id → old URLs, newest last). */
const lock = (articles: Record<string, string[]>): string =>
  JSON.stringify({
    articles: Object.fromEntries(Object.entries(articles).map(([id, urls]) => [id, { urls }])),
  });

/** A page file with the given front-matter lines. */
const page = (fm: string): string => `---\ntitle: "A page"\n${fm}---\nA page.\n`;

/** Output files (and folders) that one case-insensitive, normalising disk would merge. */
function foldClashes(out: string): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const f of filesBelow(out)) {
    const parts = f.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join("/");
      const first = seen.get(foldPath(p));
      if (first === undefined) seen.set(foldPath(p), p);
      else if (first !== p) clashes.push(`${first} ~ ${p}`);
    }
  }
  return clashes;
}

/** The `_redirects` file of a finished build. */
const redirectsOf = (run: HostileRun): string =>
  fs.readFileSync(path.join(run.out, "_redirects"), "utf8");

describe("path clashes: redirects.lock", () => {
  it("should write no redirect page at an old URL a live page folds to (/NEWS/ beside /news/)", () => {
    const run = hostileBuild({
      "articles/a.md": article({ tags: "[City]" }),
      "redirects.lock": lock({
        "articles/a.md": ["/NEWS/", "/Tags/City/", "/news/2023/05/a/"],
      }),
    });
    assertBuilt(run);
    assert.deepEqual(foldClashes(run.out), []);
    assert.ok(!fs.existsSync(path.join(run.out, "NEWS")), "no NEWS/ folder");
    assert.doesNotMatch(redirectsOf(run), /NEWS|Tags/);
  });

  it("should refuse old URLs that are a generated file's folder or another entry's, located at redirects.lock", () => {
    const run = hostileBuild({
      "articles/a.md": article({}),
      "articles/b.md": article({ title: '"B"' }),
      "redirects.lock": lock({
        "articles/a.md": ["/feed.xml/", "/assets/site.css/", "/old/x/", "/news/2023/05/a/"],
        "articles/b.md": ["/OLD/X/", "/news/2023/05/b/"],
      }),
    });
    assertRefused(run, [{ file: "redirects.lock", code: "E_PATH_COLLISION", line: 1 }]);
    const messages = run.report!.errors.map((e) => e.message).join("\n");
    assert.match(messages, /\/feed\.xml\/ needs the folder \/feed\.xml\/, a file/);
    assert.match(messages, /\/assets\/site\.css\/ needs the folder \/assets\/site\.css\/, a file/);
    assert.match(messages, /\/OLD\/X\/ is claimed twice .*redirect to/i);
    assert.equal(run.report!.errors.length, 3, messages);
  });

  it("should write no 410 for live pages listed in an expired article's lock entry", () => {
    const run = hostileBuild({
      "articles/a.md": article({ tags: "[City]" }),
      "articles/old.md": article({ title: '"Old"', expires: "2024-01-01" }),
      "redirects.lock": lock({
        "articles/a.md": ["/news/2023/05/a/"],
        "articles/old.md": ["/news/", "/TAGS/city/", "/tags/city/", "/news/2023/05/old/"],
      }),
    });
    assertBuilt(run);
    const lines = redirectsOf(run).trim().split("\n");
    assert.deepEqual(lines, ["/news/2023/05/old/ /404.html 410"]);
  });
});

describe("path clashes: slugs and reserved segments", () => {
  const unicode = siteYaml({ slugStyle: "unicode" });

  it("should refuse a page slug that folds to a section or a reserved segment (newſ, tagſ)", () => {
    const run = hostileBuild(
      {
        "articles/a.md": article({}),
        "pages/about.md": page("slug: newſ\n"),
        "pages/help.md": page("slug: tagſ\n"),
        "pages/tagſ.md": page(""),
      },
      { site: unicode },
    );
    assertRefused(run, [
      { file: "pages/about.md", code: "E_PATH_COLLISION", message: /\/newſ\/ is claimed twice/ },
      { file: "pages/help.md", code: "E_SLUG_RESERVED", line: 3 },
      { file: "pages/tagſ.md", code: "E_SLUG_RESERVED" },
    ]);
  });

  it("should refuse Windows device names as section ids, whatever else in site.yaml is wrong", () => {
    const site = siteYaml()
      .replace(
        "  - { id: tech, title: { en: Technology, zh: 科技 } }",
        "  - { id: Con, title: { en: Technology } }\n  - { id: nul.txt, title: { en: N, zh: N } }",
      )
      .replace("pageSize: 20", "pageSize: x");
    const run = hostileBuild({ "articles/a.md": article({}) }, { site });
    assertRefused(run, [
      { file: "site.yaml", code: ["E_SLUG_RESERVED", "E_I18N_MISSING", "E_FM_TYPE"] },
    ]);
    assert.deepEqual(
      run.report!.errors.filter((e) => e.code === "E_SLUG_RESERVED").map((e) => e.line),
      [7, 8],
    );
  });

  it("should refuse Windows device names as authors and page slugs, at the item", () => {
    const run = hostileBuild({
      "articles/a.md": article({ tags: "[City, NUL]", authors: "[Jane Roe, Aux]" }),
      "pages/lpt1.md": page(""),
      "pages/x.md": page("slug: com1\n"),
    });
    assertRefused(run, [
      { file: "articles/a.md", code: "E_SLUG_RESERVED", line: 6 },
      { file: "pages/lpt1.md", code: "E_SLUG_RESERVED" },
      { file: "pages/x.md", code: "E_SLUG_RESERVED", line: 3 },
    ]);
    const mine = run.report!.errors.filter((e) => e.file.endsWith("articles/a.md"));
    assert.deepEqual(
      mine.map((e) => [e.line, e.message]),
      [[6, 'author "Aux" gives the reserved slug "aux"']],
    );
  });

  it("should publish a tag whose slug is a device name under another folder (NUL → nul-tag)", () => {
    const run = hostileBuild({ "articles/a.md": article({ tags: "[City, NUL]" }) });
    assertBuilt(run);
    assert.ok(fs.existsSync(path.join(run.out, "tags/nul-tag/index.html")));
    assert.equal(fs.existsSync(path.join(run.out, "tags/nul")), false);
  });

  it("should publish an image whose file name is a device name under another name", () => {
    const png = fs.readFileSync(path.join(import.meta.dirname, "../../layouts/assets/logo.png"));
    const files: Tree = {
      "articles/a.md": article({}, "![A logo](../media/con.png)\n"),
      "media/con.png": png,
    };
    const run = hostileBuild(files);
    assertBuilt(run);
    const media = filesBelow(path.join(run.out, "media"));
    assert.ok(media.length > 0, "the image's renditions are published");
    for (const f of media) assert.match(f, /^con-image\.[0-9a-f]{12}-\d+\.(png|jpg|webp|avif)$/);
  });
});
