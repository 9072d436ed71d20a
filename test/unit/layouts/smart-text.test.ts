// Tests for layouts/components/smart-text.ts: curly quotes, dashes and ellipses in headlines.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { smartText } from "../../../layouts/components/smart-text.ts";

describe("smartText", () => {
  it("should curl quotes by position and set dashes and ellipses", () => {
    assert.equal(
      smartText(`"Rain" -- it's here...`),
      "\u201cRain\u201d \u2014 it\u2019s here\u2026",
    );
    assert.equal(
      smartText("Chongqing's 'best' noodles"),
      "Chongqing\u2019s \u2018best\u2019 noodles",
    );
    assert.equal(smartText("Music of the '90s"), "Music of the \u201990s");
  });

  it("should pair double quotes in Chinese text and leave codes alone", () => {
    assert.equal(smartText('市长说"好"，"再见"'), "市长说\u201c好\u201d，\u201c再见\u201d");
    assert.equal(smartText("U12-7734 runs late"), "U12-7734 runs late");
  });
});
