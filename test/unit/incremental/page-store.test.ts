// Tests for src/incremental/page-store.ts: entries round-trip by hard link (by copy where links are
// refused), and a truncated, misfiled, half-written or written-over entry is never served.
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
  writePage,
} from "../../../src/incremental/page-store.ts";
import { tempDir } from "../../helpers/cli.ts";
import { storeBytes, storedPage } from "../../helpers/page-store.ts";

const KEY = "a".repeat(64);
const OTHER = "b".repeat(64);
const BYTES = Buffer.from("<!doctype html><p>Ferry\n timetable</p>\n");
const FACTS = { urls: ["/", "/news/"], anchors: ["/news/"] };

/** A store holding `BYTES` under `KEY`. */
function storeOf(): string {
  const dir = tempDir();
  storeBytes(dir, KEY, BYTES, FACTS);
  return dir;
}

/** The recorded size and mtime of `file`, as a manifest keeps them. */
const recorded = (file: string) => {
  const { size, mtimeMs } = fs.statSync(file);
  return { size, mtimeMs };
};

/** Runs `fn` while `fs.linkSync` refuses with `code` (another file system, no links). */
function withoutLinks<T>(code: string, fn: () => T): T {
  const link = fs.linkSync;
  fs.linkSync = () => {
    throw Object.assign(new Error(`${code}: refused`), { code });
  };
  try {
    return fn();
  } finally {
    fs.linkSync = link;
  }
}

describe("page store", () => {
  it("should link the page it stores and link it out with its facts, leaving no temp file", () => {
    const dir = tempDir();
    const published = path.join(tempDir(), "published.html");
    fs.writeFileSync(published, BYTES);
    assert.equal(writePage(dir, KEY, { file: published, facts: FACTS }), true);
    const to = path.join(tempDir(), "index.html");
    assert.deepEqual(restorePage(dir, KEY, to), FACTS);
    assert.ok(fs.readFileSync(to).equals(BYTES));
    const ino = fs.statSync(published).ino;
    assert.equal(fs.statSync(entryPath(dir, KEY)).ino, ino, "the entry is the published page");
    assert.equal(fs.statSync(to).ino, ino, "and the restored one");
    assert.deepEqual(fs.readdirSync(path.dirname(entryPath(dir, KEY))).sort(), [
      `${KEY}.facts`,
      `${KEY}.page`,
    ]);
  });

  it("should copy where the file system refuses a link, and still serve the copy", () => {
    for (const code of ["EXDEV", "EPERM"]) {
      const dir = tempDir();
      const published = path.join(tempDir(), "published.html");
      fs.writeFileSync(published, BYTES);
      const to = path.join(tempDir(), "index.html");
      withoutLinks(code, () => {
        assert.equal(writePage(dir, KEY, { file: published, facts: FACTS }), true, code);
        assert.deepEqual(restorePage(dir, KEY, to), FACTS, code);
      });
      assert.ok(fs.readFileSync(to).equals(BYTES), code);
      assert.notEqual(fs.statSync(entryPath(dir, KEY)).ino, fs.statSync(published).ino, code);
      assert.notEqual(fs.statSync(to).ino, fs.statSync(entryPath(dir, KEY)).ino, code);
    }
    const dir = storeOf();
    assert.throws(
      () => withoutLinks("EIO", () => restorePage(dir, KEY, path.join(tempDir(), "x"))),
      { code: "EIO" },
      "any other refusal is the build's fault",
    );
  });

  it("should miss a page written over in place after it was stored, and store it again", () => {
    const dir = tempDir();
    const published = path.join(tempDir(), "published.html");
    fs.writeFileSync(published, BYTES);
    writePage(dir, KEY, { file: published, facts: FACTS });
    const known = recorded(published);
    // A post-processing step rewrites the published page in place, as long as it was, later on.
    fs.writeFileSync(published, Buffer.alloc(BYTES.length, "x"));
    fs.utimesSync(published, new Date(), new Date(known.mtimeMs + 5000));
    const out = tempDir();
    assert.equal(copyPage(dir, KEY, known, path.join(out, "a.html")), false, "known facts");
    assert.equal(fs.existsSync(entryPath(dir, KEY)), false, "removed");
    writePage(dir, KEY, { file: published, facts: FACTS });
    fs.writeFileSync(published, Buffer.alloc(BYTES.length, "y"));
    fs.utimesSync(published, new Date(), new Date(known.mtimeMs + 9000));
    assert.equal(restorePage(dir, KEY, path.join(out, "b.html")), undefined, "facts read");
    assert.equal(fs.existsSync(entryPath(dir, KEY)), false, "removed");
    writePage(dir, KEY, { file: published, facts: FACTS });
    const stored = recorded(published);
    fs.appendFileSync(published, "<!-- appended -->");
    assert.equal(copyPage(dir, KEY, stored, path.join(out, "c.html")), false, "appended to");
    assert.equal(
      fs.existsSync(entryPath(dir, KEY)),
      false,
      "removed, so the build stores it again",
    );
    assert.deepEqual(fs.readdirSync(out), [], "a miss writes nothing");
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

  it("should link the bytes alone for a page of known size and mtime, and miss a wrong one", () => {
    const dir = tempDir();
    storeBytes(dir, KEY, BYTES, FACTS);
    const known = recorded(entryPath(dir, KEY));
    const out = tempDir();
    assert.equal(copyPage(dir, KEY, known, path.join(out, "a.html")), true);
    assert.ok(fs.readFileSync(path.join(out, "a.html")).equals(BYTES));
    const wrongSize = { ...known, size: known.size - 1 };
    assert.equal(copyPage(dir, KEY, wrongSize, path.join(out, "b.html")), false, "size");
    assert.equal(copyPage(dir, OTHER, known, path.join(out, "c.html")), false, "absent");
    assert.equal(copyPage(dir, "../x", known, path.join(out, "d.html")), false, "bad key");
    assert.deepEqual(fs.readdirSync(out), ["a.html"], "a miss writes nothing");
    assert.throws(() => copyPage(dir, KEY, known, path.join(out, "a.html")), {
      code: "EEXIST",
    });
    // A manifest that recorded another page of the same hash (another mtime): the facts decide.
    const other = { ...known, mtimeMs: known.mtimeMs - 60_000 };
    assert.equal(copyPage(dir, KEY, other, path.join(out, "e.html")), true, "checked by its facts");
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

  it("should mark an entry used by its facts' mtime, never the page's, and say when it is absent", () => {
    const dir = tempDir();
    storeBytes(dir, KEY, BYTES, FACTS);
    const page = fs.statSync(entryPath(dir, KEY)).mtimeMs;
    const then = new Date("2020-01-01T00:00:00Z");
    assert.equal(touchPage(dir, KEY, then), true);
    assert.equal(fs.statSync(factsPath(dir, KEY)).mtimeMs, then.getTime());
    assert.equal(fs.statSync(entryPath(dir, KEY)).mtimeMs, page, "a published page's mtime stays");
    assert.ok(storedPage(dir, KEY), "and the entry still serves");
    assert.equal(touchPage(dir, OTHER, then), false);
  });
});
