// Unit tests of src/content/salvage-sections.ts: reserved section ids read from a broken site.yaml.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reservedSectionIds } from "../../../src/content/salvage-sections.ts";

describe("reservedSectionIds", () => {
  it("should find a reserved id in a site.yaml that has a syntax error, at its line and column", () => {
    // The unclosed quote after the list breaks the file; the list before it is still read.
    const text =
      'title: Daily\nsections:\n  - { id: news, title: News }\n  - { id: tags, title: Tags }\ntimeZone: "Asia\n';
    const errors = reservedSectionIds(text, "content/site.yaml");
    assert.deepEqual(
      errors.map((e) => [e.file, e.line, e.col, e.code]),
      [["content/site.yaml", 4, 11, "E_SLUG_RESERVED"]],
    );
  });

  it("should find nothing when no id is reserved or there is no sections list", () => {
    assert.deepEqual(reservedSectionIds("sections:\n  - { id: news }\n", "s.yaml"), []);
    assert.deepEqual(reservedSectionIds("title: [unclosed\n", "s.yaml"), []);
  });
});
