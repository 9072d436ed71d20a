// Tests for src/content/parse.ts: the whole content tree parsed in memory, every problem collected.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { MediaFile, SourceFile } from "../../../src/content/load.ts";
import { parseContent } from "../../../src/content/parse.ts";
import { png } from "../../helpers/png.ts";

const SITE = `title: { en: "Test Daily", zh: "测试日报" }
baseUrl: https://example.org/news/
timeZone: Asia/Shanghai
languages: [en, zh]
sections:
  - { id: news, title: { en: News, zh: 新闻 } }
`;

/** A media file written below `dir` and listed as the load stage lists it (not read). */
function listed(dir: string, rel: string, bytes: Uint8Array): MediaFile {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, bytes);
  const st = fs.lstatSync(abs);
  const identity = { ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
  return { path: rel, displayPath: `content/${rel}`, abs, size: st.size, identity };
}

/** A content file read into memory, shown as `content/<path>`. */
function file(path: string, content: string | Uint8Array): SourceFile {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { path, displayPath: `content/${path}`, bytes };
}

/** An article with a date (line 3, column 7) and tags. */
function article(date: string): string {
  return `---\ntitle: A story\ndate: ${date}\nsection: news\ntags: [metro, transport]\n---\nText.\n`;
}

const NOW = "2024-05-02T12:00:00+08:00";

describe("parseContent", () => {
  it("should report a missing site.yaml in the content folder as errors show it", () => {
    const r = parseContent([file("articles/a.md", article("2024-05-01"))], {
      contentDisplay: "../paper",
      now: NOW,
    });
    assert.deepEqual(r.errors, [
      {
        file: "../paper/site.yaml",
        line: 1,
        col: 1,
        code: "E_SITE_MISSING",
        message: "site.yaml is missing",
        hint: "every content tree needs a site.yaml (see README: Content)",
      },
    ]);
    assert.equal(r.config, undefined);
    assert.deepEqual(r.articles, []);
  });

  it("should report a --now that is not a date", () => {
    const r = parseContent([file("site.yaml", SITE)], { contentDisplay: "content", now: "soon" });
    assert.deepEqual(r.errors, [
      {
        file: "--now",
        line: 1,
        col: 1,
        code: "E_NOW_INVALID",
        message: '--now "soon" is not a date',
        hint: "use ISO 8601, e.g. 2024-01-02T09:00:00+08:00",
      },
    ]);
    assert.equal(r.now, undefined);
    assert.equal(r.config?.baseUrl, "https://example.org/news/");
  });

  it("should read --now in the site's time zone", () => {
    const at = (now: string) =>
      parseContent([file("site.yaml", SITE)], { contentDisplay: "content", now }).now?.iso;
    assert.equal(at("2024-05-02 12:00"), "2024-05-02T12:00:00+08:00");
    assert.equal(at("2024-05-02T04:00:00Z"), "2024-05-02T12:00:00+08:00");
  });

  it("should leave out an article with bad front matter and keep the good one", () => {
    const r = parseContent(
      [
        file("site.yaml", SITE),
        file("articles/2024/bad.md", article("2024-02-30")),
        file("articles/2024/good.md", article("2024-05-01 10:00")),
      ],
      { contentDisplay: "content", now: NOW },
    );
    assert.deepEqual(
      r.errors.map((e) => [e.file, e.line, e.col, e.code]),
      [["content/articles/2024/bad.md", 3, 7, "E_DATE_INVALID"]],
    );
    assert.equal(r.articles.length, 1);
    const good = r.articles[0]!;
    assert.deepEqual(
      [good.source, good.slug, good.date.iso, good.tags],
      ["articles/2024/good.md", "good", "2024-05-01T10:00:00+08:00", ["metro", "transport"]],
    );
    assert.deepEqual(good.fieldAt["tags.1"], { line: 5, col: 15 });
  });

  it("should name what decides each body: the parse code and the file's bytes, never a failed file", () => {
    const parse = (text: string) =>
      parseContent(
        [
          file("site.yaml", SITE),
          file("articles/2024/good.md", text),
          file("articles/2024/bad.md", article("2024-02-30")),
        ],
        { contentDisplay: "content", now: NOW },
      ).bodyOrigins;
    const text = article("2024-05-01 10:00");
    const origins = parse(text);
    assert.deepEqual([...origins.keys()], ["articles/2024/good.md"]);
    const sha = createHash("sha256").update(text).digest("hex");
    assert.match(origins.get("articles/2024/good.md")!, new RegExp(`^[0-9a-f]{64}:${sha}$`));
    assert.deepEqual(parse(text), origins, "the same bytes, the same origin");
    assert.notDeepEqual(parse(text.replace("Text.", "Text!")), origins, "a body edit changes it");
  });

  it("should describe media files with a fingerprinted path and their size", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parse-media-"));
    try {
      const bytes = png(3, 2);
      const photo = listed(dir, "media/Photo One.png", bytes);
      const svg = listed(dir, "media/logo.svg", new TextEncoder().encode("<svg/>"));
      const r = parseContent([file("site.yaml", SITE)], { contentDisplay: "content", now: NOW }, [
        photo,
        svg,
      ]);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      assert.deepEqual([...r.media.keys()], ["media/Photo One.png"]);
      assert.deepEqual(r.media.get("media/Photo One.png"), {
        asset: {
          source: "media/Photo One.png",
          path: `/media/photo-one.${sha256.slice(0, 12)}.png`,
          sha256,
          width: 3,
          height: 2,
          alpha: true,
        },
        file: photo,
      });
      assert.deepEqual(
        r.errors.map((e) => [e.file, e.code]),
        [["content/media/logo.svg", "E_IMAGE_INVALID"]],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should report a media file removed since it was listed as E_FILE_READ", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parse-media-"));
    try {
      const photo = listed(dir, "media/gone.png", png(3, 2));
      fs.rmSync(photo.abs);
      const r = parseContent([file("site.yaml", SITE)], { contentDisplay: "content", now: NOW }, [
        photo,
      ]);
      assert.deepEqual(
        r.errors.map((e) => [e.file, e.code]),
        [["content/media/gone.png", "E_FILE_READ"]],
      );
      assert.equal(r.media.size, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should read plain pages and ignore Markdown outside articles/ and pages/", () => {
    const r = parseContent(
      [
        file("site.yaml", SITE),
        file("pages/about.md", "---\ntitle: About us\n---\nWho we are.\n"),
        file("notes/todo.md", "not front matter at all"),
      ],
      { contentDisplay: "content", now: NOW },
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.pages.map((p) => [p.source, p.slug, p.title, p.lang]),
      [["pages/about.md", "about", "About us", "en"]],
    );
  });
});
