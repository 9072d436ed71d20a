// Tests for src/collect/authors.ts: bylines resolved to authors.yaml ids, plain names given their
// own ids, and typos of known ids reported.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectAuthors } from "../../../src/collect/authors.ts";
import type { Article } from "../../../src/content/article.ts";
import type { AuthorConfig } from "../../../src/content/authors.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle } from "../../helpers/article.ts";
import { DEPS, siteConfig } from "../../helpers/collect.ts";

const REGISTRY: AuthorConfig[] = [
  {
    id: "li-ming",
    name: { en: "Li Ming", zh: "李明" },
    url: "https://example.org/li",
    bio: "Reporter.",
  },
  { id: "wang-fang", name: "Wang Fang" },
];

/** An article whose bylines are a block list from line 6: item `i` at line 6 + i, col 5. */
function art(source: string, lang: Lang, authors: string[]): Article {
  const items = authors.map((_, i) => [`authors.${i}`, { line: 6 + i, col: 5 }]);
  return makeArticle({ source, lang, authors, fieldAt: Object.fromEntries(items) });
}

const collect = (articles: Article[], config: SiteConfig = siteConfig()) =>
  collectAuthors(articles, REGISTRY, config, DEPS);

describe("collectAuthors", () => {
  it("should resolve registered ids with their names, bio and url, and list articles per edition", () => {
    const a = art("a.md", "en", ["li-ming"]);
    const b = art("b.md", "zh", [" li-ming "]);
    const c = art("c.md", "en", ["li-ming", "wang-fang"]);
    const r = collect([a, b, c]);
    assert.deepEqual(r.errors, []);
    const li = r.byId.get("li-ming")!;
    assert.deepEqual(
      [li.id, li.name, li.bio, li.url],
      ["li-ming", { en: "Li Ming", zh: "李明" }, "Reporter.", "https://example.org/li"],
    );
    assert.deepEqual(li.byLang.get("en"), [a, c]);
    assert.deepEqual(li.byLang.get("zh"), [b]);
    assert.deepEqual(r.byId.get("wang-fang")?.byLang.get("en"), [c]);
    assert.deepEqual(
      [...r.idOf],
      [
        ["li-ming", "li-ming"],
        [" li-ming ", "li-ming"],
        ["wang-fang", "wang-fang"],
      ],
    );
  });

  it("should give a plain name its own slugged id, CJK by pinyin unless slugs are Unicode", () => {
    const r = collect([art("a.md", "zh", ["张伟", "Chen Jie"])]);
    assert.deepEqual(
      [...r.byId.values()].map((i) => [i.id, i.name, i.bio, i.url]),
      [
        ["zhang-wei", "张伟", undefined, undefined],
        ["chen-jie", "Chen Jie", undefined, undefined],
      ],
    );
    const unicode = collect([art("a.md", "zh", ["张伟"])], siteConfig({ slugStyle: "unicode" }));
    assert.deepEqual([...unicode.byId.keys()], ["张伟"]);
    const ascii = collect([art("a.md", "zh", ["张伟"])], siteConfig({ slugStyle: "ascii" }));
    assert.deepEqual([...ascii.byId.keys()], ["zhang-wei"], "author pages use pinyin for ascii");
  });

  it("should report an id-shaped byline close to a known id at the byline, and leave it out", () => {
    const r = collect([art("articles/a.md", "en", ["wang-fang", "li-mnig"])]);
    assert.deepEqual(r.errors, [
      {
        file: "content/articles/a.md",
        line: 7,
        col: 5,
        code: "E_AUTHOR_UNKNOWN",
        message: 'author "li-mnig" is not in authors.yaml',
        hint: 'did you mean "li-ming"?',
      },
    ]);
    assert.deepEqual([...r.byId.keys()], ["wang-fang"]);
    assert.equal(r.idOf.has("li-mnig"), false);
  });

  it("should take an id-shaped byline far from every known id as a plain name", () => {
    const r = collect([art("a.md", "en", ["zhou-xun"])]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.byId.get("zhou-xun")?.name, "zhou-xun");
  });

  it("should list an article once for an author written twice in it", () => {
    const a = art("a.md", "en", ["Li Ming", "li-ming"]);
    const r = collect([a]);
    assert.deepEqual([...r.byId.keys()], ["li-ming"]);
    assert.deepEqual(r.byId.get("li-ming")?.byLang.get("en"), [a]);
  });

  it("should give nothing for no articles", () => {
    const r = collect([]);
    assert.deepEqual([r.byId.size, r.idOf.size, r.errors], [0, 0, []]);
  });
});
