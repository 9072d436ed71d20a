// Tests for src/content/parse-cache.ts: a cached parse equals a fresh one (errors included), any
// change of bytes, path or config misses, a damaged pack is empty, and the fingerprint covers the
// parse code.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parseContent } from "../../../src/content/parse.ts";
import { PARSE_INPUTS, ParseCache } from "../../../src/content/parse-cache.ts";
import { parseSiteConfig } from "../../../src/content/site-config.ts";
import type { SourceFile } from "../../../src/content/load.ts";
import { ROOT, tempDir } from "../../helpers/cli.ts";
import { MINIMAL_SITE_YAML, sourceFile } from "../../helpers/content.ts";

const ARTICLE = (title: string): string =>
  `---\ntitle: "${title}"\ndate: 2024-05-01 09:00\nsection: news\ntags: [Ferries]\n---\n\nThe body.\n`;
const BAD = "---\ntitle: [unclosed\ndate: 2024-05-01\n---\n\nBody.\n";

function files(): SourceFile[] {
  return [
    sourceFile("site.yaml", MINIMAL_SITE_YAML),
    sourceFile("articles/a.md", ARTICLE("Ferry timetable")),
    sourceFile("articles/crlf.md", ARTICLE("Windows endings").replaceAll("\n", "\r\n")),
    // Served from the cache, its text is decoded without the strict checks (`decodeKnownText`).
    sourceFile("articles/bom.md", `\uFEFF${ARTICLE("Byte order mark").replaceAll("\n", "\r\n")}`),
    sourceFile("articles/bad.md", BAD),
    sourceFile("articles/bad-twin.md", BAD),
    sourceFile("pages/about.md", "---\ntitle: About us\n---\n\nWho we are.\n"),
  ];
}

const config = (): Parameters<typeof ParseCache.open>[1] => {
  const r = parseSiteConfig(sourceFile("site.yaml", MINIMAL_SITE_YAML));
  assert.ok(r.ok);
  return r.config;
};

describe("parse cache", () => {
  it("should give from the cache exactly what a fresh parse gives, errors of bad files included", () => {
    const cacheDir = tempDir();
    const opts = { now: "2024-06-01", contentDisplay: "content", cacheDir };
    const fresh = parseContent(files(), { ...opts, cacheDir: false });
    const cold = parseContent(files(), opts);
    const warm = parseContent(files(), opts);
    for (const r of [cold, warm]) {
      assert.deepEqual(r.articles, fresh.articles);
      assert.deepEqual(r.pages, fresh.pages);
      assert.deepEqual(r.errors, fresh.errors);
    }
    assert.equal(fresh.articles.length, 3);
    const bad = warm.errors.map((e) => e.file).filter((f) => f.includes("bad"));
    assert.deepEqual([...new Set(bad)].sort(), [
      "content/articles/bad-twin.md",
      "content/articles/bad.md",
    ]);
  });

  it("should serve an unchanged file and miss one changed byte, path or config", () => {
    const dir = tempDir();
    const a = sourceFile("articles/a.md", ARTICLE("Ferry timetable"));
    const text = ARTICLE("Ferry timetable");
    const first = ParseCache.open(dir, config());
    assert.equal(first.get(first.keyOf(a), text), undefined);
    first.set(first.keyOf(a), text, { errors: [] });
    first.save();
    const again = ParseCache.open(dir, config());
    assert.deepEqual(again.get(again.keyOf(a), text), { errors: [] });
    assert.equal(again.hits, 1);
    const edited = sourceFile("articles/a.md", ARTICLE("Ferry timetablE"));
    assert.equal(again.get(again.keyOf(edited), text), undefined, "one byte changed");
    const moved = sourceFile("articles/b.md", ARTICLE("Ferry timetable"));
    assert.equal(again.get(again.keyOf(moved), text), undefined, "another path");
    const other = ParseCache.open(dir, { ...config(), timeZone: "Europe/London" });
    assert.equal(other.get(other.keyOf(a), text), undefined, "another site config");
  });

  it("should start empty from a damaged pack", () => {
    const dir = tempDir();
    const a = sourceFile("articles/a.md", ARTICLE("Ferry timetable"));
    const c = ParseCache.open(dir, config());
    c.set(c.keyOf(a), "x", { errors: [] });
    c.save();
    const pack = path.join(dir, "parse", "entries.json");
    const t = fs.readFileSync(pack, "utf8");
    fs.writeFileSync(pack, `${t.slice(0, 80)}!${t.slice(81)}`);
    const d = ParseCache.open(dir, config());
    assert.equal(d.get(d.keyOf(a), "x"), undefined);
  });

  it("should fingerprint every file the parse code imports", () => {
    const dir = path.join(ROOT, "src/content");
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      for (const m of text.matchAll(/from "(\.[^"]+)"/g)) {
        const target = path.relative(ROOT, path.resolve(dir, m[1]!)).split(path.sep).join("/");
        const covered = PARSE_INPUTS.some((p) => target === p || target.startsWith(`${p}/`));
        assert.ok(covered, `${name} imports ${target}, which PARSE_INPUTS does not cover`);
      }
    }
  });
});
