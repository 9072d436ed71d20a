// Tests for src/collect/local-text.ts: one language's text out of a site.yaml or authors.yaml field.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { localText } from "../../../src/collect/local-text.ts";

describe("localText", () => {
  it("should give a plain string in every language", () => {
    assert.equal(localText("Mountain City Daily", "en", "en"), "Mountain City Daily");
    assert.equal(localText("Mountain City Daily", "zh", "en"), "Mountain City Daily");
  });

  it("should pick the asked language's text", () => {
    const t = { en: "News", zh: "新闻" };
    assert.equal(localText(t, "en", "en"), "News");
    assert.equal(localText(t, "zh", "en"), "新闻");
  });

  it("should fall back to the default language, then to the first text given", () => {
    assert.equal(localText({ en: "News" }, "zh", "en"), "News");
    assert.equal(localText({ zh: "新闻" }, "en", "zh"), "新闻");
    assert.equal(localText({ zh: "山城日报" }, "en", "en"), "山城日报");
  });

  it("should give an empty string for no text at all", () => {
    assert.equal(localText(undefined, "en", "en"), "");
    assert.equal(localText({}, "zh", "en"), "");
  });
});
