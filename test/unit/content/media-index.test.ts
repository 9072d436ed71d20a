// Tests for src/content/media-index.ts: a media file is read and hashed once, then described from
// the index while its identity holds; a changed or recently written file is read again.
import { afterEach, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { MediaFile } from "../../../src/content/load.ts";
import { isSettled, MediaIndex, SETTLE_MS } from "../../../src/content/media-index.ts";
import { png } from "../../helpers/png.ts";

let dir: string;
let cache: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "media-index-"));
  cache = path.join(dir, "cache");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` as `media/<name>` and lists it as the load stage does. */
function put(name: string, bytes: Uint8Array): MediaFile {
  const abs = path.join(dir, "media", name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, bytes);
  return list(abs, `media/${name}`);
}

function list(abs: string, rel: string): MediaFile {
  const st = fs.lstatSync(abs);
  const identity = { ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
  return { path: rel, displayPath: `content/${rel}`, abs, size: st.size, identity };
}

/** A clock well after every file here was written: their identities are settled. */
const later = (): number => Date.now() + 10 * SETTLE_MS.coarse;

const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

describe("MediaIndex", () => {
  it("should describe an unchanged file from the index without reading it", () => {
    const bytes = png(4, 3);
    const photo = put("a.png", bytes);
    const first = MediaIndex.open(cache, later());
    const d1 = first.describe(photo);
    assert.ok(d1.ok);
    assert.equal(d1.asset.sha256, sha(bytes));
    first.save();
    // The file is gone: only the index can answer for the listing the build made before.
    fs.rmSync(photo.abs);
    const second = MediaIndex.open(cache, later());
    assert.deepEqual(second.describe(photo), d1);
    assert.deepEqual([second.hits, second.reads], [1, 0]);
  });

  it("should read a file again when its size, inode, mtime or ctime differ", () => {
    const photo = put("a.png", png(4, 3));
    const first = MediaIndex.open(cache, later());
    first.describe(photo);
    first.save();
    const bytes = png(5, 3);
    fs.writeFileSync(photo.abs, bytes);
    const second = MediaIndex.open(cache, later());
    const d = second.describe(list(photo.abs, photo.path));
    assert.ok(d.ok);
    assert.deepEqual([d.asset.sha256, d.asset.width, second.reads], [sha(bytes), 5, 1]);
    // Same bytes, same size, a new ctime (a rename over it): read again, not trusted.
    second.save();
    const moved = `${photo.abs}.new`;
    fs.writeFileSync(moved, bytes);
    fs.renameSync(moved, photo.abs);
    const third = MediaIndex.open(cache, later());
    third.describe(list(photo.abs, photo.path));
    assert.deepEqual([third.hits, third.reads], [0, 1]);
  });

  it("should not index a file written within a clock tick's margin of the listing", () => {
    const photo = put("a.png", png(4, 3));
    const written = Math.max(photo.identity.mtimeMs, photo.identity.ctimeMs);
    const first = MediaIndex.open(cache, written + SETTLE_MS.fine / 2);
    assert.ok(first.describe(photo).ok);
    first.save();
    const second = MediaIndex.open(cache, later());
    second.describe(photo);
    assert.deepEqual([second.hits, second.reads], [0, 1]);
  });

  it("should write no row for a file that fails to describe, nor any without a cache", () => {
    const bad = put("b.jpg", png(4, 3));
    const first = MediaIndex.open(cache, later());
    const d = first.describe(bad);
    assert.equal(d.ok ? "" : d.error.code, "E_IMAGE_INVALID");
    first.save();
    const second = MediaIndex.open(cache, later());
    second.describe(bad);
    assert.equal(second.reads, 1);
    const none = MediaIndex.open(false, later());
    none.describe(put("c.png", png(2, 2)));
    none.save();
    assert.deepEqual(fs.readdirSync(dir), ["media"]);
  });
});

describe("isSettled", () => {
  it("should wait 100 ms after a change with fractional timestamps, 2 s with whole seconds", () => {
    const id = (t: number) => ({ ino: 1, mtimeMs: t, ctimeMs: t });
    const fine = 1_700_000_000_123.456;
    assert.equal(isSettled(id(fine), fine + 50), false);
    assert.equal(isSettled(id(fine), fine + 150), true);
    const coarse = 1_700_000_000_000;
    assert.equal(isSettled(id(coarse), coarse + 1500), false);
    assert.equal(isSettled(id(coarse), coarse + 2500), true);
    // The later of the two counts: a chmod or rename moves ctime alone.
    assert.equal(isSettled({ ino: 1, mtimeMs: fine - 5000, ctimeMs: fine }, fine + 50), false);
  });
});
