// Tests for src/content/tag-registry.ts and the registry in src/collect/tags.ts (F-TAX-9).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectTags } from "../../src/collect/tags.ts";
import type { SourceFile } from "../../src/content/load.ts";
import { parseTagRegistry } from "../../src/content/tag-registry.ts";
import { slugify, tagKey } from "../../src/content/slugs.ts";
import { suggest } from "../../src/content/suggest.ts";
import type { Article } from "../../src/content/article.ts";
import type { SiteConfig } from "../../src/content/site-config.ts";
import type { TagRegistryEntry } from "../../src/content/tag-registry.ts";

const CONFIG: SiteConfig = {
  title: "T",
  description: "",
  baseUrl: "https://news.example.org/",
  timeZone: "Asia/Shanghai",
  languages: ["en", "zh"],
  sections: [{ id: "news", title: "News" }],
  pageSize: 20,
  slugStyle: "pinyin",
  commentsNotice: "",
};

const file = (text: string): SourceFile => ({
  path: "tags.yaml",
  displayPath: "content/tags.yaml",
  bytes: new TextEncoder().encode(text),
});

function registry(text: string): TagRegistryEntry[] {
  const r = parseTagRegistry(file(text), CONFIG);
  assert.ok(r.ok, JSON.stringify(r));
  return r.entries;
}

function art(source: string, lang: "en" | "zh", tags: string[]): Article {
  return {
    source,
    id: source,
    lang,
    title: source,
    date: { iso: "", ms: 0, dateOnly: false, display: "", ymd: "2024-01-01" },
    section: "news",
    tags,
    authors: [],
    featured: false,
    draft: false,
    slug: source,
    corrections: [],
    bodyHtml: "",
    bodyText: "",
    media: [],
  };
}

const deps = { slugify, tagKey, suggest };
const shown = (s: string) => `content/${s}`;

const TAGS_YAML = `台风:
  label: { en: Typhoon, zh: 台风 }
  description: { en: "Storms from the Pacific.", zh: "来自太平洋的风暴。" }
  synonyms: [typhoons]
台風: { synonymOf: 台风 }
JavaScript: {}
`;

describe("parseTagRegistry", () => {
  it("should read canonical names, labels, descriptions and fold synonymOf into synonyms", () => {
    const entries = registry(TAGS_YAML);
    assert.deepEqual(
      entries.map((e) => [e.name, e.synonyms, e.line]),
      [
        ["台风", ["typhoons", "台風"], 1],
        ["JavaScript", [], 6],
      ],
    );
    assert.deepEqual(entries[0]!.label, { en: "Typhoon", zh: "台风" });
  });

  it("should refuse synonymOf pointing nowhere and a spelling claimed twice, located", () => {
    const r = parseTagRegistry(
      file("a: { synonymOf: nothere }\nb: { synonyms: [c] }\nd: { synonyms: [c] }\n"),
      CONFIG,
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.line]),
      [
        ["E_TAG_INVALID", 1],
        ["E_TAG_INVALID", 3],
      ],
    );
  });
});

describe("collectTags with a registry", () => {
  it("should merge 台風 into 台风 with the registry's labels and description", () => {
    const r = collectTags(
      [art("a.md", "zh", ["台风"]), art("b.md", "zh", ["#台風"]), art("c.md", "en", ["typhoons"])],
      CONFIG,
      deps,
      shown,
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
    const r = collectTags(
      [art("a.md", "zh", ["台风"]), art("b.md", "zh", ["台風"])],
      CONFIG,
      deps,
      shown,
    );
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
      shown,
      registry(TAGS_YAML),
    );
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.file]),
      [["E_TAG_NEAR_DUP", "content/a.md"]],
    );
    assert.match(r.errors[0]!.hint, /did you mean "JavaScript"\?/);
  });
});
