// Tests for src/markdown/cache.ts: every key input and every lookup it resolved invalidates an entry;
// corrupt entries are never served.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BodyIndex } from "../../../src/markdown/body-index.ts";
import {
  cacheKey,
  originKey,
  readBodyText,
  readCached,
  rendererVersion,
  writeCached,
  type CacheScope,
} from "../../../src/markdown/cache.ts";
import type { RenderInput } from "../../../src/markdown/render.ts";
import type { RenderTables } from "../../../src/markdown/tables.ts";
import type { MediaAsset } from "../../../src/content/values.ts";
import { makeMedia } from "../../helpers/article.ts";
import { tempDir } from "../../helpers/cli.ts";
import { bodyDigest } from "../../../src/content/body.ts";

const input: RenderInput = {
  source: "articles/a.md",
  displayPath: "content/articles/a.md",
  body: "See [b](b.md).\n\n![x](../media/x.jpg)\n",
  bodyLine: 5,
};
const asset: MediaAsset = makeMedia("media/x.jpg", "/media/x.0123456789ab.jpg", 4, 3);
const tables: RenderTables = {
  baseUrl: "https://e.org/",
  articleHrefs: new Map([["articles/b.md", "/news/2023/05/b/"]]),
  media: new Map([["media/x.jpg", asset]]),
};
const scope: CacheScope = {
  renderer: "r1",
  baseUrl: "https://e.org/",
  slugStyle: "pinyin",
  mediaDigest: new Map([["media/x.jpg", "d1"]]),
};
const body = { html: "<p>b</p>", text: "b", media: [asset] };
const deps = { links: ["articles/b.md"], images: ["media/x.jpg"] };
const served = { ...body, digest: bodyDigest(body.html, body.text) };

/** A cache folder holding the entry for `input` under `scope`. */
function stored(): { dir: string; key: string } {
  const dir = tempDir("cache-");
  const key = cacheKey(input, scope);
  writeCached(dir, key, body, deps, tables, scope);
  return { dir, key };
}

function entryFile(dir: string, key: string): string {
  return path.join(dir, "md", key.slice(0, 2), `${key}.json`);
}

describe("body cache", () => {
  it("should serve an entry written under the same key, tables and scope", () => {
    const { dir, key } = stored();
    assert.deepEqual(readCached(dir, key, tables, scope)?.body, served);
    assert.deepEqual(
      fs.readdirSync(path.dirname(entryFile(dir, key))),
      [`${key}.json`],
      "no temp file left behind",
    );
  });

  it("should change the key with the body, the path, baseUrl, slugStyle, preview and the renderer version", () => {
    const k = cacheKey(input, scope);
    const variants = [
      cacheKey({ ...input, body: `${input.body} ` }, scope),
      cacheKey({ ...input, source: "articles/sub/a.md" }, scope),
      cacheKey(input, { ...scope, baseUrl: "https://e.org/news/" }),
      cacheKey(input, { ...scope, slugStyle: "ascii" }),
      cacheKey(input, { ...scope, renderer: "r2" }),
      cacheKey(input, { ...scope, preview: true }),
    ];
    for (const v of variants) assert.notEqual(v, k);
    assert.equal(new Set(variants).size, variants.length);
  });

  it("should key an origin apart from the body's key, under the same scope and path", () => {
    const a = { ...input, origin: "parse-code:file-sha" };
    assert.equal(originKey(input, scope), undefined, "no origin, no origin key");
    assert.equal(cacheKey(a, scope), cacheKey(input, scope), "the entry key is the body's");
    const k = originKey(a, scope)!;
    assert.equal(originKey({ ...a, body: "another text" }, scope), k);
    assert.notEqual(k, cacheKey(a, scope));
    for (const other of [
      originKey({ ...a, origin: "parse-code:other-sha" }, scope),
      originKey({ ...a, source: "articles/b.md" }, scope),
      originKey(a, { ...scope, renderer: "r2" }),
      originKey(a, { ...scope, preview: true }),
    ])
      assert.notEqual(other, k);
  });

  it("should give back the entry key an origin key was kept with, in the next build's index", () => {
    const { dir, key } = stored();
    const row = readCached(dir, key, tables, scope)!.row;
    const first = BodyIndex.open(dir);
    assert.equal(first.keyOf("origin-1"), undefined);
    first.keep(key, row, "origin-1");
    first.save();
    const next = BodyIndex.open(dir);
    assert.equal(next.keyOf("origin-1"), key);
    assert.equal(next.keyOf("origin-2"), undefined);
    assert.equal(next.keyOf(undefined), undefined);
  });

  it("should not serve an entry when a link target it resolved moved", () => {
    const { dir, key } = stored();
    const moved = { ...tables, articleHrefs: new Map([["articles/b.md", "/tech/2023/05/b/"]]) };
    assert.equal(readCached(dir, key, moved, scope), undefined);
    const gone = { ...tables, articleHrefs: new Map<string, string>() };
    assert.equal(readCached(dir, key, gone, scope), undefined);
  });

  it("should still serve an entry when a link target it did not resolve changed", () => {
    const { dir, key } = stored();
    const other = {
      ...tables,
      articleHrefs: new Map([...tables.articleHrefs, ["articles/c.md", "/news/c/"]]),
    };
    assert.deepEqual(readCached(dir, key, other, scope)?.body, served);
  });

  it("should not serve an entry when a referenced image's bytes or asset changed", () => {
    const { dir, key } = stored();
    const bytes = { ...scope, mediaDigest: new Map([["media/x.jpg", "d2"]]) };
    assert.equal(readCached(dir, key, tables, bytes), undefined);
    const resized = { ...tables, media: new Map([["media/x.jpg", { ...asset, width: 8 }]]) };
    assert.equal(readCached(dir, key, resized, scope), undefined);
  });

  it("should detect a truncated, garbled or tampered entry and never serve it", () => {
    const { dir, key } = stored();
    const file = entryFile(dir, key);
    const good = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, good.slice(0, good.length >> 1));
    assert.equal(readCached(dir, key, tables, scope), undefined, "partial");
    fs.writeFileSync(file, "\0\0\0");
    assert.equal(readCached(dir, key, tables, scope), undefined, "garbage");
    fs.writeFileSync(file, good.replace("<p>b</p>", "<p>evil</p>"));
    assert.equal(readCached(dir, key, tables, scope), undefined, "checksum");
    fs.writeFileSync(file, "null");
    assert.equal(readCached(dir, key, tables, scope), undefined, "json null");
  });

  it("should read a body back by its digest, and nothing once it is gone or another", () => {
    const { dir, key } = stored();
    assert.deepEqual(readBodyText(dir, key, served.digest), { html: body.html, text: body.text });
    assert.equal(readBodyText(dir, key, "0".repeat(64)), undefined, "another body's digest");
    const file = entryFile(dir, key);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("<p>b</p>", "<p>evil</p>"));
    assert.equal(readBodyText(dir, key, served.digest), undefined, "tampered");
    fs.rmSync(file);
    assert.equal(readBodyText(dir, key, served.digest), undefined, "gone");
  });

  it("should miss, not fail, when the cache folder was deleted", () => {
    const { dir, key } = stored();
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(readCached(dir, key, tables, scope), undefined);
  });

  it("should give a stable renderer version made of the markdown sources and libraries", () => {
    assert.match(rendererVersion(), /^[0-9a-f]{64}$/);
    assert.equal(rendererVersion(), rendererVersion());
  });
});
