// Tests for src/content/dates.ts: front-matter dates read in the site zone, and the --now clock.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseContentDate, parseNow } from "../../../src/content/dates.ts";

const SH = "Asia/Shanghai";

describe("dates", () => {
  it("should read a naive time as wall-clock time in the site zone", () => {
    const r = parseContentDate("2023-05-13 02:08:25", SH, "en");
    assert.ok(r.ok);
    assert.equal(r.stamp.iso, "2023-05-13T02:08:25+08:00");
    assert.equal(new Date(r.stamp.ms).toISOString(), "2023-05-12T18:08:25.000Z");
    assert.equal(r.stamp.display, "13 May 2023, 02:08 (UTC+8)");
    assert.equal(r.stamp.ymd, "2023-05-13");
  });
  it("should localise the byline in Chinese", () => {
    const r = parseContentDate("2023-05-13T02:08:25", SH, "zh");
    assert.ok(r.ok);
    assert.equal(r.stamp.display, "2023年5月13日 02:08");
  });
  it("should keep offsets as instants and show them in the site zone", () => {
    const r = parseContentDate("2023-07-09T19:26:00Z", SH, "zh");
    assert.ok(r.ok);
    assert.equal(r.stamp.iso, "2023-07-10T03:26:00+08:00");
    assert.equal(r.stamp.display, "2023年7月10日 03:26");
    assert.equal(r.stamp.ymd, "2023-07-10");
  });
  it("should read a date-only value as midnight in the site zone, shown without a time", () => {
    const r = parseContentDate("2024-01-02", "America/New_York", "en");
    assert.ok(r.ok);
    assert.equal(r.stamp.iso, "2024-01-02T00:00:00-05:00");
    assert.equal(r.stamp.display, "2 January 2024");
    assert.equal(r.stamp.dateOnly, true);
  });
  for (const bad of ["2023-02-30", "not-a-date", "2024-13-01", "2024-01-01T25:00", "2023-5-1"]) {
    it(`should refuse ${bad} with E_DATE_INVALID, never rolling over`, () => {
      const r = parseContentDate(bad, SH, "en");
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.code, "E_DATE_INVALID");
    });
  }
  it("should refuse a time a DST change skips", () => {
    const r = parseContentDate("2024-03-10 02:30", "America/New_York", "en");
    assert.equal(!r.ok && r.code, "E_DATE_INVALID");
  });
  it("should refuse a naive date when the site has no zone", () => {
    const r = parseContentDate("2024-01-02 10:00", undefined, "en");
    assert.equal(!r.ok && r.code, "E_DATE_NO_TZ");
  });
  it("should read --now with or without an offset", () => {
    assert.equal(parseNow("2024-06-01T12:00:00Z", SH, "en")?.iso, "2024-06-01T20:00:00+08:00");
    assert.equal(parseNow("2024-06-01 12:00", SH, "en")?.iso, "2024-06-01T12:00:00+08:00");
    assert.equal(parseNow("yesterday", SH, "en"), undefined);
  });
});
