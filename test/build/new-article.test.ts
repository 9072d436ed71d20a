// `npm run news -- new`: the draft it writes passes check, stays out of a normal build and shows in a
// preview; it refuses to overwrite, and refuses an unknown section or language with a hint.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { listTree, runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { filesContaining, html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const TITLE = "重庆轻轨：新线路开通";
const SLUG = "chong-qing-qing-gui-xin-xian-lu-kai-tong";
/** 20:00 UTC is 04:00 the next day in the site zone (Asia/Shanghai): a new year there. */
const NOW = "2024-12-31T20:00:00Z";
const REL = `content/articles/zh/2025/${SLUG}.md`;

/** A site (`yaml`) with one published article, in `content/` of a fresh folder. */
function site(yaml = siteYaml()): string {
  const root = tempDir();
  writeTree(path.join(root, "content"), {
    "site.yaml": yaml,
    "articles/live.md": article({ title: '"Live story"', date: "2024-06-01" }),
  });
  return root;
}

/** Runs the CLI on `root`'s content as if started from `root` (errors name files from there). */
function cli(root: string, args: readonly string[]) {
  const content = path.join(root, "content");
  return runCli([...args, "--content", content], { env: { INIT_CWD: root } });
}

/** The front matter of a Markdown file. */
function frontMatter(file: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(file, "utf8"));
  assert.ok(m, file);
  return parse(m[1]!) as Record<string, unknown>;
}

const NEW = ["new", TITLE, "--section", "news", "--lang", "zh", "--tags", "Metro, 重庆,"];

describe("news new", () => {
  it("should write a draft with a pinyin slug, a ULID, the site-zone date, and print its path and preview URL", () => {
    const root = site();
    const r = cli(root, [...NEW, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split("\n"), [
      `created ${REL} (a draft)`,
      `preview http://127.0.0.1:8080/zh/news/2025/01/${SLUG}/ (npm run serve)`,
    ]);
    const fm = frontMatter(path.join(root, REL));
    assert.match(String(fm["id"]), /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.deepEqual(
      { ...fm, id: "" },
      {
        id: "",
        title: TITLE,
        date: "2025-01-01 04:00:00",
        section: "news",
        lang: "zh",
        draft: true,
        tags: ["Metro", "重庆"],
      },
    );
  });

  it("should print the URL the preview serves (no base path), percent-encoded for a Unicode slug", () => {
    const root = site(siteYaml({ baseUrl: "https://example.org/paper/", slugStyle: "unicode" }));
    const r = cli(root, [...NEW, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    const slug = "重庆轻轨-新线路开通";
    assert.ok(fs.existsSync(path.join(root, `content/articles/zh/2025/${slug}.md`)));
    const url = `http://127.0.0.1:8080/zh/news/2025/01/${encodeURIComponent(slug)}/`;
    assert.equal(r.stdout.split("\n")[1], `preview ${url} (npm run serve)`);
  });

  it("should write a file that passes check, stays out of a build and shows in a preview build", () => {
    const root = site();
    assert.equal(cli(root, [...NEW, "--now", NOW]).status, 0);
    const check = cli(root, ["check", "--now", "2025-02-01"]);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /from 1 article in [\d.]+ s — 1 draft, 0 scheduled, 0 warnings\n$/);
    const page = `zh/news/2025/01/${SLUG}/index.html`;
    const out = path.join(root, "dist");
    const built = cli(root, ["build", "--out", out, "--now", "2025-02-01"]);
    assert.equal(built.status, 0, built.stderr);
    assert.ok(!fs.existsSync(path.join(out, page)));
    assert.deepEqual(filesContaining(out, TITLE), []);
    const preview = path.join(root, "dist-preview");
    const shown = cli(root, ["build", "--preview", "--out", preview, "--now", "2025-02-01"]);
    assert.equal(shown.status, 0, shown.stderr);
    const doc = html(preview, page);
    assert.equal(textOf(doc.querySelector("h1")), TITLE);
    const body = doc.querySelector(".article-body")!;
    // node-html-parser keeps a <pre> as raw text: its markup is the one code element.
    assert.match(
      textOf(body.querySelector("pre")),
      /^<code class="language-markdown">!\[What the photo shows\]\(\/media\/photo\.jpg /,
    );
    assert.equal(body.querySelectorAll("figure, img").length, 0, "the figure example is code");
  });

  it("should refuse to overwrite an existing article (exit 1, with a hint) and leave it as it was", () => {
    const root = site();
    assert.equal(cli(root, [...NEW, "--now", NOW]).status, 0);
    const file = path.join(root, REL);
    fs.appendFileSync(file, "\nThe editor's own words.\n");
    const before = fs.readFileSync(file);
    const again = cli(root, [...NEW, "--now", "2025-03-01"]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, new RegExp(`^${REL}:1:1 E_NEW_EXISTS .*\n  hint: \\S`, "m"));
    assert.deepEqual(fs.readFileSync(file), before);
  });

  it("should refuse an unknown section or language with a located, hinted error and write nothing", () => {
    const root = site();
    const files = listTree(root);
    const section = cli(root, ["new", "A story", "--section", "nwes"]);
    assert.equal(section.status, 1);
    assert.match(
      section.stderr,
      /^content\/site\.yaml:1:1 E_NEW_SECTION section "nwes" .*\n {2}hint: did you mean "news"\? use --section news or tech$/m,
    );
    const lang = cli(root, ["new", "A story", "--section", "news", "--lang", "fr"]);
    assert.equal(lang.status, 1);
    assert.match(lang.stderr, /E_NEW_LANG language "fr" .*\n {2}hint: use --lang en or zh$/m);
    for (const r of [section, lang]) assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.deepEqual(listTree(root), files);
  });

  it("should refuse a title the article schema refuses, before writing anything", () => {
    const root = site();
    const r = cli(root, ["new", "x".repeat(400), "--section", "news", "--now", NOW]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^content\/articles\/en\/2025\/x+\.md:\d+:\d+ E_\w+ title/m);
    assert.ok(!fs.existsSync(path.join(root, "content/articles/en")));
  });
});
