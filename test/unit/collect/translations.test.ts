// Tests for src/collect/translations.ts: articles linked across editions by translationKey.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectTranslations } from "../../../src/collect/translations.ts";
import type { Article } from "../../../src/content/article.ts";
import type { FieldAt } from "../../../src/content/field-at.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle } from "../../helpers/article.ts";

/** An article whose `translationKey` (if any) is written on line 6, column 17. */
function art(source: string, lang: Lang, translationKey?: string): Article {
  const fieldAt: FieldAt = translationKey ? { translationKey: { line: 6, col: 17 } } : {};
  return makeArticle({ source, lang, translationKey, fieldAt });
}

describe("collectTranslations", () => {
  it("should group the editions of one story by key", () => {
    const en = art("articles/2024/typhoon.md", "en", "typhoon-2024");
    const zh = art("articles/2024/tai-feng.md", "zh", "typhoon-2024");
    const other = art("articles/2024/metro.md", "en", "metro-line-18");
    const r = collectTranslations([en, zh, other]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual([...r.byKey.keys()], ["typhoon-2024", "metro-line-18"]);
    assert.deepEqual(
      [...r.byKey.get("typhoon-2024")!],
      [
        ["en", en],
        ["zh", zh],
      ],
    );
    assert.deepEqual([...r.byKey.get("metro-line-18")!], [["en", other]]);
  });

  it("should leave out articles without a key", () => {
    const r = collectTranslations([art("a.md", "en"), art("b.md", "zh")]);
    assert.equal(r.byKey.size, 0);
    assert.deepEqual(r.errors, []);
  });

  it("should keep the first of two articles with one key in one edition and report the second", () => {
    const first = art("articles/2024/a.md", "zh", "typhoon-2024");
    const second = art("articles/2024/b.md", "zh", "typhoon-2024");
    const r = collectTranslations([first, second]);
    assert.equal(r.byKey.get("typhoon-2024")?.get("zh"), first);
    assert.deepEqual(r.errors, [
      {
        file: "content/articles/2024/b.md",
        line: 6,
        col: 17,
        code: "E_TRANSLATION_DUP",
        message:
          'translationKey "typhoon-2024" is used twice in "zh" (also content/articles/2024/a.md:6:17)',
        hint: "each edition may hold one article per translationKey; rename one key",
      },
    ]);
  });

  it("should give nothing for no articles", () => {
    assert.deepEqual(collectTranslations([]), { byKey: new Map(), errors: [] });
  });
});
