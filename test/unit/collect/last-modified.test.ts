// Tests for src/collect/last-modified.ts: an article's latest change, from `updated` and corrections.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { lastModified } from "../../../src/collect/last-modified.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";

const date = makeStamp("2024-05-01T10:00:00+08:00");
const updated = makeStamp("2024-05-02T09:30:00+08:00");
const note = (iso: string) => ({ at: makeStamp(iso), note: "A name was misspelt." });

describe("lastModified", () => {
  it("should be the publication date of an article never changed", () => {
    assert.equal(lastModified(makeArticle({ date })), date);
  });

  it("should be `updated` when it is set and no correction is later", () => {
    assert.equal(lastModified(makeArticle({ date, updated })), updated);
    const early = note("2024-05-01T12:00:00+08:00");
    assert.equal(lastModified(makeArticle({ date, updated, corrections: [early] })), updated);
  });

  it("should be the latest correction when it is later than `updated`", () => {
    const corrections = [
      note("2024-05-03T08:00:00+08:00"),
      note("2024-05-04T20:15:00+08:00"),
      note("2024-05-02T12:00:00+08:00"),
    ];
    assert.equal(lastModified(makeArticle({ date, updated, corrections })), corrections[1]!.at);
    assert.equal(lastModified(makeArticle({ date, corrections })).iso, "2024-05-04T20:15:00+08:00");
  });

  it("should compare instants, not texts, across offsets", () => {
    // 03:00Z is 11:00 in Shanghai: later than 10:30+08:00 though its text sorts first.
    const utc = note("2024-05-02T03:00:00Z");
    const a = makeArticle({
      date,
      updated: makeStamp("2024-05-02T10:30:00+08:00"),
      corrections: [utc],
    });
    assert.equal(lastModified(a), utc.at);
  });

  it("should keep `updated` when a correction has the same instant", () => {
    const same = note("2024-05-02T09:30:00+08:00");
    assert.equal(lastModified(makeArticle({ date, updated, corrections: [same] })), updated);
  });
});
