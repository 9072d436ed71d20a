// Tests for src/collect/tags.ts: tags merged by key and by tags.yaml synonyms, labelled and slugged,
// with near-duplicates of registered tags and slug collisions reported.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectTags, hashtagWords } from "../../../src/collect/tags.ts";
import type { Article } from "../../../src/content/article.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import type { SourceFile } from "../../../src/content/load.ts";
import { parseTagRegistry, type TagRegistryEntry } from "../../../src/content/tag-registry.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle } from "../../helpers/article.ts";
import { DEPS, siteConfig } from "../../helpers/collect.ts";
import { sourceFile } from "../../helpers/content.ts";

const CONFIG = siteConfig();
const deps = DEPS;

const file = (text: string): SourceFile => sourceFile("tags.yaml", text);

function registry(text: string): TagRegistryEntry[] {
  const r = parseTagRegistry(file(text), CONFIG);
  assert.ok(r.ok, JSON.stringify(r));
  return r.entries;
}

/** A registry entry as tags.yaml would give it. */
function entry(name: string, over: Partial<TagRegistryEntry> = {}): TagRegistryEntry {
  return { name, synonyms: [], file: "content/tags.yaml", line: 1, col: 1, ...over };
}

/** An article whose tags are written as a block list from line 6: item `i` at line 6 + i, col 5. */
function art(source: string, lang: Lang, tags: string[]): Article {
  const items = tags.map((_, i) => [`tags.${i}`, { line: 6 + i, col: 5 }]);
  const fieldAt = { tags: { line: 5, col: 1 }, ...Object.fromEntries(items) };
  return makeArticle({ source, id: source, lang, tags, fieldAt });
}

const TAGS_YAML = `台风:
  label: { en: Typhoon, zh: 台风 }
  description: { en: "Storms from the Pacific.", zh: "来自太平洋的风暴。" }
  synonyms: [typhoons]
台風: { synonymOf: 台风 }
JavaScript: {}
`;

const collect = (articles: Article[], reg?: TagRegistryEntry[], config: SiteConfig = CONFIG) =>
  collectTags(articles, config, deps, reg);

describe("collectTags", () => {
  it("should merge spellings equal after tagKey under the commonest spelling, without #", () => {
    const r = collect([
      art("a.md", "en", ["#Tech"]),
      art("b.md", "en", ["tech"]),
      art("c.md", "en", ["Tech "]),
      art("d.md", "zh", ["TECH"]),
    ]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual([...r.byKey.keys()], ["tech"]);
    const tag = r.byKey.get("tech")!;
    assert.equal(tag.slug, "tech");
    assert.equal(tag.label, "Tech");
    assert.equal(tag.labelIn("zh"), "Tech", "without a registry label every edition shows it");
    assert.equal(tag.description, undefined);
  });

  it("should break a tie between spellings by the lowest code point, spaces collapsed", () => {
    const r = collect([art("a.md", "en", ["hong kong"]), art("b.md", "en", ["Hong   Kong"])]);
    assert.equal(r.byKey.get("hong kong")?.label, "Hong Kong");
    assert.equal(r.byKey.get("hong kong")?.slug, "hong-kong");
  });

  it("should list a tag's articles per language, each once even when it repeats the tag", () => {
    const a = art("a.md", "zh", ["台风", "#台风"]);
    const b = art("b.md", "en", ["台风"]);
    const c = art("c.md", "zh", ["台风"]);
    const tag = collect([a, b, c]).byKey.get("台风")!;
    assert.equal(tag.slug, "tai-feng");
    assert.deepEqual(tag.byLang.get("zh"), [a, c]);
    assert.deepEqual(tag.byLang.get("en"), [b]);
  });

  it("should slug CJK tags by the site's slug style", () => {
    const articles = [art("a.md", "zh", ["重庆 火锅"])];
    assert.equal(collect(articles).byKey.get("重庆 火锅")?.slug, "chong-qing-huo-guo");
    const unicode = collect(articles, [], siteConfig({ slugStyle: "unicode" }));
    assert.equal(unicode.byKey.get("重庆 火锅")?.slug, "重庆-火锅");
  });

  it("should resolve a spelling as written with infoOf, and nothing for an unknown tag", () => {
    const r = collect([art("a.md", "en", ["Tech"])]);
    assert.equal(r.infoOf("#TECH "), r.byKey.get("tech"));
    assert.equal(r.infoOf("sport"), undefined);
  });

  it("should give no tags and no errors for no articles", () => {
    const r = collect([]);
    assert.equal(r.byKey.size, 0);
    assert.deepEqual(r.errors, []);
  });

  it("should report two tags with one slug at the later one, naming both places", () => {
    const r = collect([art("a.md", "en", ["C++"]), art("b.md", "en", ["Tech", "c plus plus"])]);
    assert.deepEqual(r.errors, [
      {
        file: "content/b.md",
        line: 7,
        col: 5,
        code: "E_SLUG_COLLISION",
        message:
          'tags "C++" and "c plus plus" → /tags/c-plus-plus/ (content/a.md:6:5, content/b.md:7:5)',
        hint: 'use one spelling for both, or make one a synonym of the other in tags.yaml: "c plus plus": { synonymOf: "C++" }',
      },
    ]);
  });
});

describe("collectTags with a registry", () => {
  it("should merge 台風 into 台风 with the registry's labels and description", () => {
    const r = collectTags(
      [art("a.md", "zh", ["台风"]), art("b.md", "zh", ["#台風"]), art("c.md", "en", ["typhoons"])],
      CONFIG,
      deps,
      registry(TAGS_YAML),
    );
    assert.deepEqual(r.errors, []);
    assert.equal(r.byKey.size, 1);
    const tag = [...r.byKey.values()][0]!;
    assert.equal(tag.slug, "tai-feng");
    assert.equal(tag.labelIn("en"), "Typhoon");
    assert.equal(tag.labelIn("zh"), "台风");
    assert.deepEqual(tag.description, { en: "Storms from the Pacific.", zh: "来自太平洋的风暴。" });
    assert.deepEqual(
      tag.byLang.get("zh")!.map((a) => a.source),
      ["a.md", "b.md"],
    );
  });

  it("should fail 台风/台風 without a synonym with E_SLUG_COLLISION and a hint to add one", () => {
    const r = collectTags([art("a.md", "zh", ["台风"]), art("b.md", "zh", ["台風"])], CONFIG, deps);
    assert.deepEqual(
      r.errors.map((e) => e.code),
      ["E_SLUG_COLLISION"],
    );
    assert.match(r.errors[0]!.hint, /synonymOf/);
  });

  it("should refuse an unregistered near-duplicate of a registered tag with did you mean", () => {
    const r = collectTags(
      [art("a.md", "en", ["java script"]), art("b.md", "en", ["JavaScript"])],
      CONFIG,
      deps,
      registry(TAGS_YAML),
    );
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.file]),
      [["E_TAG_NEAR_DUP", "content/a.md"]],
    );
    assert.match(r.errors[0]!.hint, /did you mean "JavaScript"\?/);
  });

  it("should resolve synonyms with infoOf and report a near-duplicate once per article", () => {
    const r = collect(
      [art("a.md", "en", ["java script", "Java  Script"]), art("b.md", "en", ["typhoons"])],
      registry(TAGS_YAML),
    );
    assert.equal(r.infoOf("台風"), r.infoOf("typhoons"));
    assert.equal(r.infoOf("台風")?.key, "台风");
    assert.deepEqual(
      r.errors.map((e) => [e.code, `${e.file}:${e.line}:${e.col}`, e.message]),
      [
        [
          "E_TAG_NEAR_DUP",
          "content/a.md:6:5",
          'tag "java script" is a near-duplicate of the registered tag "JavaScript"',
        ],
      ],
    );
    assert.equal(r.infoOf("java script"), undefined, "a near-duplicate makes no tag of its own");
  });

  it("should label a registered tag without a label by its name, without #", () => {
    const tag = collect([art("a.md", "en", ["metoo"])], [entry("#MeToo")]).infoOf("metoo")!;
    assert.equal(tag.label, "MeToo");
    assert.equal(tag.labelIn("zh"), "MeToo");
  });

  it("should take the default language's registry label, and fall back to it in other editions", () => {
    const reg = [
      entry("台风", { label: { zh: "台风", en: "Typhoon" } }),
      entry("暴雨", { label: { zh: "暴雨" } }),
    ];
    const zhFirst = siteConfig({ languages: ["zh", "en"] });
    const r = collect([art("a.md", "zh", ["台风", "暴雨"])], reg, zhFirst);
    assert.equal(r.infoOf("台风")?.label, "台风");
    assert.equal(r.infoOf("台风")?.labelIn("en"), "Typhoon");
    assert.equal(r.infoOf("暴雨")?.labelIn("en"), "暴雨");
  });
});

describe("hashtagWords", () => {
  it("should space out a hashtag of capitalised words and keep other spellings as written", () => {
    assert.equal(hashtagWords("#HongKong"), "Hong Kong");
    assert.equal(hashtagWords("#RiversideFair"), "Riverside Fair");
    for (const s of ["#iPhone", "#AI", "#COVID19", "#Chongqing", "HongKong", "#科技"])
      assert.equal(hashtagWords(s), s.replace(/^#/, ""));
  });

  it("should label a hashtag-only tag with spaced words, its URL unchanged", () => {
    const a = makeArticle({ tags: ["#HongKong"] });
    const tags = collectTags([a], siteConfig(), DEPS);
    const info = [...tags.byKey.values()][0]!;
    assert.equal(info.label, "Hong Kong");
    assert.equal(info.slug, "hongkong");
  });
});
