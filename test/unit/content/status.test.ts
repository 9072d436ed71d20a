// Tests for src/content/status.ts: an article's status at the build clock, and whether it is shown.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ArticleStatus } from "../../../src/content/article.ts";
import { articleStatus, isShown } from "../../../src/content/status.ts";
import type { Stamp } from "../../../src/content/values.ts";
import { makeStamp } from "../../helpers/article.ts";

const NOW = makeStamp("2024-05-02T12:00:00+08:00");
const BEFORE = makeStamp("2024-05-01T12:00:00+08:00");
const AFTER = makeStamp("2024-05-03T12:00:00+08:00");

/** The status at `NOW` of an article with these dates. */
function status(
  f: { draft?: boolean; date?: Stamp; publishAt?: Stamp; expires?: Stamp } = {},
): ArticleStatus {
  return articleStatus({ draft: false, date: BEFORE, ...f }, NOW);
}

describe("articleStatus", () => {
  it("should publish an article dated at or before the clock", () => {
    assert.equal(status(), "published");
    assert.equal(status({ date: NOW }), "published");
    assert.equal(status({ publishAt: NOW }), "published");
    assert.equal(status({ expires: AFTER }), "published");
  });

  it("should hold an article dated or embargoed after the clock as pending", () => {
    assert.equal(status({ date: AFTER }), "pending");
    assert.equal(status({ publishAt: AFTER }), "pending");
    assert.equal(status({ date: AFTER, expires: BEFORE }), "pending");
  });

  it("should expire an article whose expiry is at or before the clock", () => {
    assert.equal(status({ expires: BEFORE }), "expired");
    assert.equal(status({ expires: NOW }), "expired");
  });

  it("should call a draft a draft whatever its dates", () => {
    assert.equal(status({ draft: true }), "draft");
    assert.equal(status({ draft: true, date: AFTER }), "draft");
    assert.equal(status({ draft: true, expires: BEFORE }), "draft");
  });
});

describe("isShown", () => {
  it("should show published articles, and drafts and pending ones only in a preview", () => {
    const all: ArticleStatus[] = ["published", "draft", "pending", "expired"];
    assert.deepEqual(
      all.map((s) => isShown(s, false)),
      [true, false, false, false],
    );
    assert.deepEqual(
      all.map((s) => isShown(s, true)),
      [true, true, true, false],
    );
  });
});
