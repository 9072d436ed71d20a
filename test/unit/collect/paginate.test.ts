// Tests for src/collect/paginate.ts: lists split into pages and the pager of each page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makePager, paginate } from "../../../src/collect/paginate.ts";

describe("paginate", () => {
  it("should split 95 items by 10 into 10 pages, the last with 5", () => {
    const pages = paginate(
      Array.from({ length: 95 }, (_, i) => i),
      10,
    );
    assert.equal(pages.length, 10);
    assert.deepEqual(
      pages.map((p) => p.items.length),
      [10, 10, 10, 10, 10, 10, 10, 10, 10, 5],
    );
    assert.equal(pages[9]!.items[4], 94);
    assert.ok(pages.every((p, i) => p.n === i + 1 && p.total === 10));
  });
  it("should give one empty page for an empty list", () => {
    assert.deepEqual(paginate([], 20), [{ n: 1, total: 1, items: [] }]);
  });
  it("should link prev and next only where they exist", () => {
    const at = (n: number) => makePager(n, 3, (p) => `/t/${p}/`);
    assert.equal(at(1).prev, undefined);
    assert.equal(at(1).next, "/t/2/");
    assert.equal(at(2).prev, "/t/1/");
    assert.equal(at(3).next, undefined);
    assert.deepEqual(
      at(2).pages.map((p) => p.href),
      ["/t/1/", "/t/2/", "/t/3/"],
    );
  });
  it("should list only the first, the last and the pages near the current one", () => {
    const numbers = (n: number, total: number) =>
      makePager(n, total, (p) => `/t/${p}/`).pages.map((p) => p.n);
    assert.deepEqual(numbers(50, 428), [1, 48, 49, 50, 51, 52, 428]);
    assert.deepEqual(numbers(1, 428), [1, 2, 3, 428]);
    assert.deepEqual(numbers(427, 428), [1, 425, 426, 427, 428]);
    assert.deepEqual(numbers(2, 4), [1, 2, 3, 4]);
  });
  it("should leave no empty page after an exact multiple, and one page for a short list", () => {
    assert.deepEqual(
      paginate(
        Array.from({ length: 20 }, (_, i) => i),
        10,
      ).map((p) => [p.n, p.total, p.items.length]),
      [
        [1, 2, 10],
        [2, 2, 10],
      ],
    );
    assert.deepEqual(paginate(["a", "b"], 20), [{ n: 1, total: 1, items: ["a", "b"] }]);
  });
  it("should make a one-page pager with neither prev nor next", () => {
    assert.deepEqual(
      makePager(1, 1, (p) => (p === 1 ? "/news/zh/" : `/news/zh/page/${p}/`)),
      {
        current: 1,
        total: 1,
        prev: undefined,
        next: undefined,
        pages: [{ n: 1, href: "/news/zh/" }],
      },
    );
  });
});
