// Tests for src/incremental/page-store.ts: entries round-trip, and a damaged, truncated or misfiled
// entry is never served.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { entryPath, readPage, touchPage, writePage } from "../../../src/incremental/page-store.ts";
import { tempDir } from "../../helpers/cli.ts";

const KEY = "a".repeat(64);
const OTHER = "b".repeat(64);
const PAGE = {
  bytes: Buffer.from("<!doctype html><p>Ferry\n timetable</p>\n"),
  facts: { urls: ["/", "/news/"], anchors: ["/news/"] },
};

describe("page store", () => {
  it("should return the bytes and facts it stored, and leave no temp file", () => {
    const dir = tempDir();
    assert.equal(writePage(dir, KEY, PAGE), true);
    const got = readPage(dir, KEY);
    assert.ok(got);
    assert.ok(got.bytes.equals(PAGE.bytes));
    assert.deepEqual(got.facts, PAGE.facts);
    assert.deepEqual(fs.readdirSync(path.dirname(entryPath(dir, KEY))), [`${KEY}.page`]);
  });

  it("should miss an absent key and a key that is not a hash", () => {
    const dir = tempDir();
    writePage(dir, KEY, PAGE);
    assert.equal(readPage(dir, OTHER), undefined);
    assert.equal(readPage(dir, "../../etc/passwd"), undefined);
  });

  it("should refuse a damaged, truncated or misfiled entry", () => {
    const dir = tempDir();
    writePage(dir, KEY, PAGE);
    const file = entryPath(dir, KEY);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    const at = flipped.length - 3;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 1, at);
    fs.writeFileSync(file, flipped);
    assert.equal(readPage(dir, KEY), undefined, "a flipped byte");
    fs.writeFileSync(file, good.subarray(0, good.length - 5));
    assert.equal(readPage(dir, KEY), undefined, "truncated");
    fs.mkdirSync(path.dirname(entryPath(dir, OTHER)), { recursive: true });
    fs.writeFileSync(entryPath(dir, OTHER), good);
    assert.equal(readPage(dir, OTHER), undefined, "an entry copied under another key");
    fs.writeFileSync(file, good);
    assert.ok(readPage(dir, KEY), "the intact entry reads again");
  });

  it("should mark an entry used by its mtime, and say when it is absent", () => {
    const dir = tempDir();
    writePage(dir, KEY, PAGE);
    const then = new Date("2020-01-01T00:00:00Z");
    assert.equal(touchPage(dir, KEY, then), true);
    assert.equal(fs.statSync(entryPath(dir, KEY)).mtimeMs, then.getTime());
    assert.equal(touchPage(dir, OTHER, then), false);
  });
});
