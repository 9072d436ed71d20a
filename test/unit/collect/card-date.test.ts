// Tests for src/collect/card-date.ts: the cards' one short date and the fronts' date line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cardDate, dateLine } from "../../../src/collect/card-date.ts";
import { makeStamp } from "../../helpers/article.ts";

describe("cardDate", () => {
  it("should write the site-zone day of the stamp without a time or zone", () => {
    const s = makeStamp("2023-05-13T02:08:25+08:00");
    assert.equal(cardDate(s, "en"), "13 May 2023");
    assert.equal(cardDate(s, "zh"), "2023年5月13日");
  });
});

describe("dateLine", () => {
  it("should name the weekday of the clock's day in the site zone", () => {
    const now = makeStamp("2026-12-04T20:00:00+08:00");
    assert.equal(dateLine(now, "en"), "Friday 4 December 2026");
    assert.equal(dateLine(now, "zh"), "2026年12月4日 星期五");
    assert.equal(dateLine(makeStamp("2024-03-03T00:30:00+08:00"), "zh"), "2024年3月3日 星期日");
  });
});
