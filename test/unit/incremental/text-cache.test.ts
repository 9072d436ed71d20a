// Tests for src/incremental/text-cache.ts: reading time and related-article terms from the cache
// equal fresh counts, related lists are the same with and without them, and any change of text,
// speed or a damaged pack counts again.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readingMinutes } from "../../../src/collect/reading-time.ts";
import { packTerms, relatedArticles, termCounts, terms } from "../../../src/collect/related.ts";
import type { Article } from "../../../src/content/article.ts";
import { attachTextStats } from "../../../src/incremental/text-cache.ts";
import { TermShards } from "../../../src/incremental/term-shards.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { tempDir } from "../../helpers/cli.ts";
import { heldBody } from "../../../src/content/body.ts";
import { excerpt } from "../../../src/collect/excerpt.ts";

const SPEED = { han: 400, latin: 220 };
const WORDS = "ferry river bridge metro harbour market opera rescue festival typhoon".split(" ");

/** Twelve articles sharing words and tags in a rotating pattern (newest first). */
function corpus(): Article[] {
  return Array.from({ length: 12 }, (_, i) =>
    makeArticle({
      id: `a${i}`,
      title: `The ${WORDS[i % 10]} and the ${WORDS[(i + 3) % 10]} 山城${"江桥"[i % 2]}`,
      body: heldBody(
        "",
        `Story${i}: ${Array.from({ length: 40 }, (_, k) => WORDS[(i * k + k) % 10]).join(" ")}`,
      ),
      tags: [`t${i % 3}`],
      section: i % 2 ? "news" : "culture",
      date: makeStamp(`2024-05-${String(20 - i).padStart(2, "0")}T10:00:00+08:00`),
    }),
  );
}

/** The counts of an attach, after saving its packs. */
function counts(r: ReturnType<typeof attachTextStats>): { cached: number; counted: number } {
  r.save();
  return { cached: r.cached, counted: r.counted };
}

/** An article's figures, terms read. */
const figures = (a: Article) => ({ ...a.textStats, terms: a.textStats?.terms() });

const names = (m: Map<Article, Article[]>): string[][] =>
  [...m].map(([a, r]) => [a.id, ...r.map((b) => b.id)]);

describe("text-stats cache", () => {
  it("should count terms in first-appearance order with the counts terms() gives", () => {
    const a = corpus()[0]!;
    const all = terms(`${a.title} ${a.title} ${a.body.text().slice(0, 1500)}`);
    const counted = termCounts(a.title, a.body.text());
    assert.deepEqual(
      counted.map(([t]) => t),
      [...new Set(all)],
    );
    for (const [t, k] of counted) assert.equal(k, all.filter((x) => x === t).length);
  });

  it("should serve from the cache what it counts, and give the same related lists", () => {
    const dir = tempDir();
    const fresh = corpus();
    const cold = corpus();
    assert.deepEqual(counts(attachTextStats(cold, dir, SPEED)), { cached: 0, counted: 12 });
    const warm = corpus();
    assert.deepEqual(counts(attachTextStats(warm, dir, SPEED)), { cached: 12, counted: 0 });
    warm.forEach((a, i) => {
      assert.deepEqual(figures(a), figures(cold[i]!));
      assert.equal(
        a.textStats!.readingMinutes,
        readingMinutes(`${a.title}\n${a.body.text()}`, SPEED),
      );
      assert.equal(a.textStats!.excerpt, excerpt(a.body.text()));
      assert.equal(a.textStats!.terms(), packTerms(termCounts(a.title, a.body.text())));
      assert.equal(
        a.textStats!.termsDigest,
        createHash("sha256").update(a.textStats!.terms()).digest("hex"),
      );
    });
    const tags = (list: Article[]): Article[][] =>
      ["t0", "t1", "t2"].map((t) => list.filter((a) => a.tags.includes(t)));
    assert.deepEqual(
      names(relatedArticles(warm, tags(warm))),
      names(relatedArticles(fresh, tags(fresh))),
    );
  });

  it("should count again after a text or speed change, and from a damaged pack", () => {
    const dir = tempDir();
    attachTextStats(corpus(), dir, SPEED).save();
    const edited = corpus();
    edited[3] = { ...edited[3]!, body: heldBody("", `${edited[3]!.body.text()} opera`) };
    assert.deepEqual(counts(attachTextStats(edited, dir, SPEED)), { cached: 11, counted: 1 });
    assert.equal(attachTextStats(corpus(), dir, { han: 300, latin: 200 }).counted, 12);
    const pack = path.join(dir, "text", "entries.json");
    const t = fs.readFileSync(pack, "utf8");
    fs.writeFileSync(pack, `${t.slice(0, 90)}x${t.slice(91)}`);
    assert.equal(attachTextStats(corpus(), dir, { han: 300, latin: 200 }).counted, 12);
  });

  it("should keep terms in shards: read only when asked, one shard rewritten for one change", () => {
    const dir = tempDir();
    const shards = path.join(dir, "text", "terms");
    attachTextStats(corpus(), dir, SPEED).save();
    const files = fs.readdirSync(shards).sort();
    assert.ok(files.length > 1, files.join());
    // A build that never asks for terms reads no shard: with all of them damaged it still serves.
    for (const f of files) fs.writeFileSync(path.join(shards, f), "damaged");
    const warm = corpus();
    assert.equal(attachTextStats(warm, dir, SPEED).cached, 12);
    // Asked, a damaged shard's terms are counted again from the body, and equal the first count.
    const fresh = corpus();
    warm.forEach((a, i) =>
      assert.equal(
        a.textStats!.terms(),
        packTerms(termCounts(fresh[i]!.title, fresh[i]!.body.text())),
      ),
    );
    // One edited article rewrites its own shard only.
    attachTextStats(corpus(), dir, SPEED).save();
    for (const f of files) fs.utimesSync(path.join(shards, f), new Date(0), new Date(0));
    const edited = corpus();
    edited[5] = { ...edited[5]!, body: heldBody("", `${edited[5]!.body.text()} rescue`) };
    attachTextStats(edited, dir, SPEED).save();
    const rewritten = fs
      .readdirSync(shards)
      .filter((f) => fs.statSync(path.join(shards, f)).mtimeMs > 0);
    assert.equal(rewritten.length, 1, rewritten.join());
  });

  it("should write once and drop the terms it counted, serving them again from the shards", () => {
    const dir = tempDir();
    const articles = corpus();
    const cache = attachTextStats(articles, dir, SPEED);
    const before = articles.map((a) => a.textStats!.terms());
    cache.save();
    const pack = path.join(dir, "text", "entries.json");
    fs.utimesSync(pack, new Date(0), new Date(0));
    cache.save();
    assert.equal(fs.statSync(pack).mtimeMs, 0, "a second save writes nothing");
    assert.deepEqual(
      articles.map((a) => a.textStats!.terms()),
      before,
      "after the drop, terms come from the shards written",
    );
  });

  it("should hold no term once the shards are saved and released", () => {
    const dir = tempDir();
    const shards = new TermShards(dir);
    const key = "ab".padEnd(64, "0");
    shards.use(key);
    shards.add(key, "ferry 2");
    shards.save();
    assert.equal(shards.get(key), "ferry 2", "held");
    shards.release();
    fs.rmSync(path.join(dir, "ab.json"));
    assert.equal(shards.get(key), undefined, "dropped: only the (removed) shard could give it");
  });
});
