// Tests for src/collect/share.ts: plain share URLs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shareOf } from "../../../src/collect/share.ts";

const URL_ = "https://news.example.org/news/2023/05/cq-hk/";

describe("shareOf", () => {
  it("should encode the URL and title into plain links, Weibo first in Chinese", () => {
    const en = shareOf(URL_, "Rain & wind", "en");
    assert.deepEqual(
      en.links.map((l) => l.kind),
      ["email", "x", "facebook", "weibo", "linkedin"],
    );
    assert.equal(
      en.links[0]!.href,
      `mailto:?subject=Rain%20%26%20wind&body=${encodeURIComponent(URL_)}`,
    );
    for (const l of en.links.slice(1)) assert.ok(l.href.startsWith("https://"), l.href);
    assert.equal(shareOf(URL_, "雨", "zh").links[0]!.kind, "weibo");
  });
});
