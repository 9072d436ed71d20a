// Tests for src/collect/field-location.ts: where a collect-stage error points in an article.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fieldLocation, formatLocation } from "../../../src/collect/field-location.ts";

const article = {
  displayPath: "content/articles/2024/typhoon.md",
  fieldAt: {
    title: { line: 2, col: 8 },
    tags: { line: 5, col: 7 },
    authors: { line: 6, col: 1 },
    "authors.0": { line: 7, col: 5 },
    "authors.1": { line: 8, col: 5 },
  },
};

describe("fieldLocation", () => {
  it("should point at a list item where it is written", () => {
    assert.deepEqual(fieldLocation(article, "authors.1"), {
      file: "content/articles/2024/typhoon.md",
      line: 8,
      col: 5,
    });
    assert.deepEqual(fieldLocation(article, "title"), {
      file: "content/articles/2024/typhoon.md",
      line: 2,
      col: 8,
    });
  });

  it("should fall back to the list's key when the item has no place of its own", () => {
    assert.deepEqual(fieldLocation(article, "tags.3"), {
      file: "content/articles/2024/typhoon.md",
      line: 5,
      col: 7,
    });
    assert.deepEqual(fieldLocation(article, "authors.4"), {
      file: "content/articles/2024/typhoon.md",
      line: 6,
      col: 1,
    });
  });

  it("should fall back to the file's first line when the field is not written at all", () => {
    assert.deepEqual(fieldLocation(article, "translationKey"), {
      file: "content/articles/2024/typhoon.md",
      line: 1,
      col: 1,
    });
    assert.deepEqual(fieldLocation({ ...article, fieldAt: {} }, "tags.0"), {
      file: "content/articles/2024/typhoon.md",
      line: 1,
      col: 1,
    });
  });
});

describe("formatLocation", () => {
  it("should write file:line:col", () => {
    assert.equal(
      formatLocation(fieldLocation(article, "authors.0")),
      "content/articles/2024/typhoon.md:7:5",
    );
  });
});
