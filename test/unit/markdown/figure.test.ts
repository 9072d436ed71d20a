// Tests for src/markdown/figure.ts: an image title split into caption and credit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitCaption } from "../../../src/markdown/figure.ts";

describe("splitCaption", () => {
  it("should split a caption and a credit at ` © `", () => {
    assert.deepEqual(splitCaption("Delegates arrive © Wang Fang"), {
      caption: "Delegates arrive",
      credit: "Wang Fang",
    });
  });
  it("should keep a title without ` © ` as the caption", () => {
    assert.deepEqual(splitCaption(" The river ©2023 "), { caption: "The river ©2023", credit: "" });
  });
  it("should read a title that starts with `© ` as a credit only", () => {
    assert.deepEqual(splitCaption("© Li Ming"), { caption: "", credit: "Li Ming" });
  });
});
