// Tests for src/content/tag-registry.ts: tags.yaml read into canonical names, labels and synonyms.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { SourceFile } from "../../../src/content/load.ts";
import { parseTagRegistry } from "../../../src/content/tag-registry.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import type { TagRegistryEntry } from "../../../src/content/tag-registry.ts";
import { sourceFile } from "../../helpers/content.ts";

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

const file = (text: string): SourceFile => sourceFile("tags.yaml", text);

function registry(text: string): TagRegistryEntry[] {
  const r = parseTagRegistry(file(text), CONFIG);
  assert.ok(r.ok, JSON.stringify(r));
  return r.entries;
}

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
