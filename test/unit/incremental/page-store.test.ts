// Tests for src/incremental/page-store.ts: entries round-trip by copy, and a truncated, misfiled
// or half-written entry is never served.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import {
  copyPage,
  entryPath,
  factsPath,
  restorePage,
  touchPage,
} from "../../../src/incremental/page-store.ts";
import { tempDir } from "../../helpers/cli.ts";
import { storeBytes, storedPage } from "../../helpers/page-store.ts";

const KEY = "a".repeat(64);
const OTHER = "b".repeat(64);
const BYTES = Buffer.from("<!doctype html><p>Ferry\n timetable</p>\n");
const FACTS = { urls: ["/", "/news/"], anchors: ["/news/"] };

describe("page store", () => {
  it("should copy out the bytes and facts it stored, and leave no temp file", () => {
    const dir = tempDir();
    assert.equal(storeBytes(dir, KEY, BYTES, FACTS), true);
    const to = path.join(tempDir(), "index.html");
    assert.deepEqual(restorePage(dir, KEY, to), FACTS);
    assert.ok(fs.readFileSync(to).equals(BYTES));
    assert.notEqual(
      fs.statSync(to).ino,
      fs.statSync(entryPath(dir, KEY)).ino,
      "a copy, not a link",
    );
    assert.deepEqual(fs.readdirSync(path.dirname(entryPath(dir, KEY))).sort(), [
      `${KEY}.facts`,
      `${KEY}.page`,
    ]);
  });

  it("should never overwrite a file that is there, and miss absent or malformed keys", () => {
    const dir = tempDir();
    storeBytes(dir, KEY, BYTES, FACTS);
    const to = path.join(tempDir(), "index.html");
    fs.writeFileSync(to, "mine");
    assert.throws(() => restorePage(dir, KEY, to), { code: "EEXIST" });
    assert.equal(fs.readFileSync(to, "utf8"), "mine");
    assert.equal(restorePage(dir, OTHER, path.join(tempDir(), "x.html")), undefined);
    assert.equal(storedPage(dir, "../../etc/passwd"), undefined);
  });

  it("should copy the bytes alone for a page of known size, and miss a wrong size or key", () => {
    const dir = tempDir();
    storeBytes(dir, KEY, BYTES, FACTS);
    const out = tempDir();
    assert.equal(copyPage(dir, KEY, BYTES.length, path.join(out, "a.html")), true);
    assert.ok(fs.readFileSync(path.join(out, "a.html")).equals(BYTES));
    assert.equal(copyPage(dir, KEY, BYTES.length - 1, path.join(out, "b.html")), false, "size");
    assert.equal(copyPage(dir, OTHER, BYTES.length, path.join(out, "c.html")), false, "absent");
    assert.equal(copyPage(dir, "../x", BYTES.length, path.join(out, "d.html")), false, "bad key");
    assert.deepEqual(fs.readdirSync(out), ["a.html"], "a miss writes nothing");
    assert.throws(() => copyPage(dir, KEY, BYTES.length, path.join(out, "a.html")), {
      code: "EEXIST",
    });
  });

  it("should refuse a truncated, misfiled or damaged entry, and remove it so it is stored again", () => {
    const dir = tempDir();
    const entry = (key: string) => [entryPath(dir, key), factsPath(dir, key)].map(fs.existsSync);
    storeBytes(dir, KEY, BYTES, FACTS);
    fs.writeFileSync(entryPath(dir, KEY), BYTES.subarray(0, BYTES.length - 5));
    assert.equal(storedPage(dir, KEY), undefined, "truncated");
    assert.deepEqual(entry(KEY), [false, false], "removed");
    assert.equal(touchPage(dir, KEY, new Date()), false, "so the next build stores it again");
    storeBytes(dir, KEY, BYTES, FACTS);
    fs.mkdirSync(path.dirname(entryPath(dir, OTHER)), { recursive: true });
    fs.copyFileSync(entryPath(dir, KEY), entryPath(dir, OTHER));
    fs.copyFileSync(factsPath(dir, KEY), factsPath(dir, OTHER));
    assert.equal(storedPage(dir, OTHER), undefined, "an entry copied under another key");
    assert.deepEqual(entry(OTHER), [false, false]);
    fs.writeFileSync(factsPath(dir, OTHER), "{not json");
    fs.copyFileSync(entryPath(dir, KEY), entryPath(dir, OTHER));
    assert.equal(storedPage(dir, OTHER), undefined, "facts that do not parse");
    assert.deepEqual(entry(OTHER), [false, false]);
    fs.rmSync(factsPath(dir, KEY));
    assert.equal(storedPage(dir, KEY), undefined, "bytes without facts (being written)");
    assert.deepEqual(entry(KEY), [true, false], "left for the writer");
    assert.equal(touchPage(dir, KEY, new Date()), false);
    storeBytes(dir, KEY, BYTES, FACTS);
    assert.ok(storedPage(dir, KEY)?.bytes.equals(BYTES), "the entry stored again reads");
  });

  it("should mark an entry used by its mtime, and say when it is absent", () => {
    const dir = tempDir();
    storeBytes(dir, KEY, BYTES, FACTS);
    const then = new Date("2020-01-01T00:00:00Z");
    assert.equal(touchPage(dir, KEY, then), true);
    assert.equal(fs.statSync(entryPath(dir, KEY)).mtimeMs, then.getTime());
    assert.equal(touchPage(dir, OTHER, then), false);
  });
});
