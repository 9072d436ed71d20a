// Tests for src/collect/tag-variants.ts: W_TAG_VARIANT for unregistered tags that differ only by
// case, spacing or punctuation, located at the tag item, with the tags.yaml line that merges them.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parse } from "yaml";
import { collectTags } from "../../../src/collect/tags.ts";
import { tagVariants } from "../../../src/collect/tag-variants.ts";
import type { Article } from "../../../src/content/article.ts";
import type { TagRegistryEntry } from "../../../src/content/tag-registry.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle } from "../../helpers/article.ts";
import { DEPS, siteConfig } from "../../helpers/collect.ts";

const CONFIG = siteConfig();

/** An article whose tags are written as a block list from line 6: item `i` at line 6 + i, col 5. */
function art(source: string, tags: string[], lang: Lang = "en"): Article {
  const items = tags.map((_, i) => [`tags.${i}`, { line: 6 + i, col: 5 }]);
  const fieldAt = { tags: { line: 5, col: 1 }, ...Object.fromEntries(items) };
  return makeArticle({ source, id: source, lang, tags, fieldAt });
}

/** The warnings of `articles` (newest first, as collect passes them) under `registry`. */
function warn(articles: Article[], registry: TagRegistryEntry[] = []) {
  return tagVariants(collectTags(articles, CONFIG, DEPS, registry), registry, DEPS);
}

describe("tagVariants", () => {
  it("should warn at the variant's tag item, naming the commonest spelling's place", () => {
    const w = warn([
      art("a.md", ["Metro", "Cable car"]),
      art("b.md", ["Cable car"]),
      art("c.md", ["Weather", "CableCar"]),
    ]);
    assert.equal(w.length, 1);
    const [v] = w;
    assert.deepEqual(
      { file: v!.file, line: v!.line, col: v!.col, code: v!.code },
      { file: "content/c.md", line: 7, col: 5, code: "W_TAG_VARIANT" },
    );
    assert.match(v!.message, /^tag "CableCar" differs from "Cable car" \(content\/a\.md:7:5\)/);
    assert.match(v!.message, /case, spacing or punctuation/);
  });

  it("should give a tags.yaml line that reads as the entry merging every variant", () => {
    const w = warn([
      art("a.md", ["Cable car"]),
      art("b.md", ["Cable car"]),
      art("c.md", ["CableCar"]),
      art("d.md", ["cable-car"]),
      art("e.md", ["cable.car"]),
    ]);
    // cable-car and cable.car share Cable car's slug (E_SLUG_COLLISION); the line still lists them.
    assert.deepEqual(
      w.map((v) => v.file),
      ["content/c.md"],
    );
    const line = /merge them in tags\.yaml: (.+)$/.exec(w[0]!.hint)?.[1];
    assert.ok(line, w[0]!.hint);
    assert.deepEqual(parse(line, { schema: "failsafe" }), {
      "Cable car": { synonyms: ["CableCar", "cable-car", "cable.car"] },
    });
  });

  it("should not warn for spellings one tag already merges, or for unrelated tags", () => {
    assert.deepEqual(
      warn([art("a.md", ["Cable car", "#cable car"]), art("b.md", ["CABLE  CAR", "Cable"])]),
      [],
    );
    assert.deepEqual(warn([art("a.md", ["C#", "R&D"]), art("b.md", ["C", "RD", "C++"])]), []);
  });

  it("should leave tags whose slugs collide to E_SLUG_COLLISION", () => {
    const articles = [art("a.md", ["Cable car"]), art("b.md", ["cable-car"])];
    assert.deepEqual(warn(articles), []);
    const codes = collectTags(articles, CONFIG, DEPS).errors.map((e) => e.code);
    assert.deepEqual(codes, ["E_SLUG_COLLISION"]);
  });

  it("should not warn about tags registered in tags.yaml", () => {
    const registry: TagRegistryEntry[] = [
      { name: "CableCar", synonyms: [], file: "content/tags.yaml", line: 1, col: 1 },
      { name: "Cable car", synonyms: [], file: "content/tags.yaml", line: 2, col: 1 },
    ];
    assert.deepEqual(warn([art("a.md", ["Cable car"]), art("b.md", ["CableCar"])], registry), []);
  });

  it("should warn across languages", () => {
    const w = warn([art("a.md", ["Hot pot"], "en"), art("b.md", ["HotPot"], "zh")]);
    assert.deepEqual(
      w.map((v) => `${v.file}:${v.line}:${v.col} ${v.code}`),
      ["content/b.md:6:5 W_TAG_VARIANT"],
    );
  });
});
