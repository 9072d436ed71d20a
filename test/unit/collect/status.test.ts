// Tests for src/collect/status.ts: the newest-first order and the next status change by the clock.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { byNewest, nextStatusChange } from "../../../src/collect/status.ts";
import type { Article } from "../../../src/content/article.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { NOW } from "../../helpers/collect.ts";

const at = (iso: string) => makeStamp(iso);

/** An article of `source` and `slug` dated `iso`, with `over` on top. */
function art(source: string, slug: string, iso: string, over: Partial<Article> = {}): Article {
  return makeArticle({ source, slug, date: at(iso), ...over });
}

describe("byNewest", () => {
  it("should put the newer article first", () => {
    const old = art("a.md", "a", "2024-04-01T09:00:00+08:00");
    const recent = art("b.md", "b", "2024-04-02T09:00:00+08:00");
    assert.deepEqual([old, recent].sort(byNewest), [recent, old]);
  });

  it("should order equal dates by slug, then by source", () => {
    const iso = "2024-04-01T09:00:00+08:00";
    const zebra = art("a.md", "zebra", iso);
    const apple2 = art("z/apple.md", "apple", iso);
    const apple1 = art("m/apple.md", "apple", iso);
    assert.deepEqual([zebra, apple2, apple1].sort(byNewest), [apple1, apple2, zebra]);
    assert.deepEqual([apple1, zebra, apple2].sort(byNewest), [apple1, apple2, zebra]);
  });
});

describe("nextStatusChange", () => {
  const embargoed = art("e.md", "e", "2024-04-30T09:00:00+08:00", {
    publishAt: at("2024-05-05T08:00:00+08:00"),
    status: "pending",
  });
  const scheduled = art("s.md", "s", "2024-05-06T08:00:00+08:00", { status: "pending" });
  const expiring = art("x.md", "x", "2024-04-01T09:00:00+08:00", {
    expires: at("2024-05-04T00:00:00+08:00"),
  });

  it("should pick the earliest future publishAt, date or expires", () => {
    assert.equal(
      nextStatusChange([scheduled, embargoed, expiring], NOW)?.iso,
      "2024-05-04T00:00:00+08:00",
    );
    assert.equal(nextStatusChange([scheduled, embargoed], NOW)?.iso, "2024-05-05T08:00:00+08:00");
    assert.equal(nextStatusChange([scheduled], NOW)?.iso, "2024-05-06T08:00:00+08:00");
  });

  it("should take the later of date and publishAt as the release", () => {
    const both = art("b.md", "b", "2024-05-06T08:00:00+08:00", {
      publishAt: at("2024-05-03T08:00:00+08:00"),
      status: "pending",
    });
    assert.equal(nextStatusChange([both], NOW)?.iso, "2024-05-06T08:00:00+08:00");
  });

  it("should ignore drafts, whatever their dates", () => {
    const draft = art("d.md", "d", "2024-05-03T08:00:00+08:00", {
      draft: true,
      status: "draft",
      expires: at("2024-05-03T09:00:00+08:00"),
    });
    assert.equal(nextStatusChange([draft, scheduled], NOW)?.iso, "2024-05-06T08:00:00+08:00");
    assert.equal(nextStatusChange([draft], NOW), undefined);
  });

  it("should ignore instants at or before the clock", () => {
    const expiresNow = art("n.md", "n", "2024-04-01T09:00:00+08:00", { expires: NOW });
    const published = art("p.md", "p", "2024-05-02T11:59:00+08:00");
    assert.equal(nextStatusChange([expiresNow, published], NOW), undefined);
  });
});
