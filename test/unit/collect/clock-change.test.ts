// Tests for src/collect/clock-change.ts: the first instant after the build clock at which the same
// content builds to other bytes (midnight in the site zone, the news window, a scheduled change).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { nextClockChange } from "../../../src/collect/clock-change.ts";
import { NEWS_WINDOW_MS } from "../../../src/collect/news-sitemap-model.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

/** The build clock of siteContext: 2024-05-02 12:00 in Shanghai. */
const ctx = siteContext();
const ms = (iso: string): number => Date.parse(iso);
const feed = (updated: string) => ({ updated }) as never;

describe("nextClockChange", () => {
  it("should be the next midnight in the site zone when nothing else is due", () => {
    const old = makeArticle({ date: makeStamp("2024-01-01T09:00:00+08:00") });
    assert.equal(
      nextClockChange(ctx, [old], { feeds: [] }, undefined),
      ms("2024-05-03T00:00:00+08:00"),
    );
  });

  it("should follow the zone, not the machine's UTC date", () => {
    const ny = siteContext({ timeZone: "America/New_York" });
    // 2024-05-02 12:00 in Shanghai is 2024-05-02 00:00 in New York: the next midnight is a day on.
    assert.equal(
      nextClockChange(ny, [], { feeds: [] }, undefined),
      ms("2024-05-03T00:00:00-04:00"),
    );
  });

  it("should be when an article leaves the news sitemap's two-day window", () => {
    const recent = makeArticle({ date: makeStamp("2024-04-30T20:00:00+08:00") });
    assert.equal(
      nextClockChange(ctx, [recent], { feeds: [] }, undefined),
      ms("2024-04-30T20:00:00+08:00") + NEWS_WINDOW_MS,
    );
  });

  it("should be when a shown article's date arrives (a preview shows scheduled ones)", () => {
    const soon = makeArticle({ date: makeStamp("2024-05-02T15:30:00+08:00") });
    assert.equal(
      nextClockChange(ctx, [soon], { feeds: [] }, undefined),
      ms("2024-05-02T15:30:00+08:00"),
    );
  });

  it("should be the next scheduled change (embargo, expiry, featured end) when it comes first", () => {
    const next = makeStamp("2024-05-02T13:00:00+08:00");
    assert.equal(nextClockChange(ctx, [], { feeds: [] }, next), next.ms);
  });

  it("should be the clock itself when a feed's updated is the clock (no later build can reuse it)", () => {
    assert.equal(nextClockChange(ctx, [], { feeds: [feed(ctx.now.iso)] }, undefined), ctx.now.ms);
    assert.notEqual(
      nextClockChange(ctx, [], { feeds: [feed("2024-04-01T00:00:00+08:00")] }, undefined),
      ctx.now.ms,
    );
  });
});
