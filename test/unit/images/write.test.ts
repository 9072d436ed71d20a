// Tests for src/images/write.ts: a source is read only for a rendition the cache lacks, checked
// against the hash parse gave it; cached renditions are copied without reading any source.
import { afterEach, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { MediaFile } from "../../../src/content/load.ts";
import { rendition, type Rendition } from "../../../src/images/plan.ts";
import { writeRenditions, type WriteOptions } from "../../../src/images/write.ts";

let dir: string;
beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-renditions-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A 64×48 JPEG written as `media/<name>`, listed, with its renditions (WebP 32 px, JPEG 16:9 crop). */
async function photo(name: string): Promise<{ file: MediaFile; renditions: Rendition[] }> {
  // Each name its own colour, so that each photo has its own bytes and renditions.
  const background = { r: 0x33, g: 0x66, b: name.charCodeAt(0) };
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
    .jpeg()
    .toBuffer();
  const abs = path.join(dir, "content/media", name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, bytes);
  const st = fs.lstatSync(abs);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const asset = {
    source: `media/${name}`,
    path: `/media/${name.replace(".jpg", "")}.${sha256.slice(0, 12)}.jpg`,
    sha256,
    width: 64,
    height: 48,
    alpha: false,
  };
  const identity = { ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
  const file = {
    path: asset.source,
    displayPath: `content/${asset.source}`,
    abs,
    size: bytes.length,
    identity,
  };
  return { file, renditions: [rendition(asset, "webp", 32), rendition(asset, "jpeg", 32, "16x9")] };
}

/** The stage's options writing into `<dir>/out`, with the image cache in `<dir>/cache`. */
function options(files: MediaFile[]): WriteOptions {
  const out = path.join(dir, "out");
  const target = (p: string): string => {
    const t = path.join(out, p);
    fs.mkdirSync(path.dirname(t), { recursive: true });
    return t;
  };
  return {
    sources: new Map(files.map((f) => [f.path, f])),
    cacheDir: path.join(dir, "cache"),
    write: async (p, bytes) => fs.writeFileSync(target(p), bytes, { flag: "wx" }),
    copy: async (p, from) => fs.copyFileSync(from, target(p), fs.constants.COPYFILE_EXCL),
    displayPath: (s) => `content/${s}`,
  };
}

describe("writeRenditions", () => {
  it("should copy cached renditions without reading the source, byte for byte", async () => {
    const { file, renditions } = await photo("a.jpg");
    const first = await writeRenditions(renditions, options([file]));
    assert.deepEqual([first.files, first.made, first.cached, first.errors], [2, 2, 0, []]);
    const made = renditions.map((r) => fs.readFileSync(path.join(dir, "out", r.path)));
    assert.equal((await sharp(made[0]).metadata()).format, "webp");
    assert.deepEqual((await sharp(made[1]).metadata()).height, 18);
    fs.rmSync(path.join(dir, "out"), { recursive: true });
    // The source is gone: only the cache can give the files.
    fs.rmSync(file.abs);
    const second = await writeRenditions(renditions, options([file]));
    assert.deepEqual([second.files, second.made, second.cached, second.errors], [2, 0, 2, []]);
    renditions.forEach((r, i) =>
      assert.deepEqual(fs.readFileSync(path.join(dir, "out", r.path)), made[i]),
    );
  });

  it("should copy cached renditions many at once, and settle every copy before it fails", async () => {
    const photos = await Promise.all([..."abcdef"].map((c) => photo(`${c}.jpg`)));
    const all = photos.flatMap((p) => p.renditions);
    const files = photos.map((p) => p.file);
    await writeRenditions(all, options(files));
    fs.rmSync(path.join(dir, "out"), { recursive: true });
    let inFlight = 0;
    let most = 0;
    const slowCopy = (fail?: string): WriteOptions["copy"] => {
      const copy = options(files).copy;
      return async (p, from) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        if (p === fail) throw Object.assign(new Error("EACCES: refused"), { code: "EACCES" });
        await copy(p, from);
      };
    };
    const r = await writeRenditions(all, { ...options(files), copy: slowCopy(), concurrency: 1 });
    assert.deepEqual([r.files, r.cached, r.made], [12, 12, 0]);
    assert.equal(most, 12, "every cached rendition in flight at once, whatever sharp's limit");
    // Half the photos cached, half to make: a copy that fails stops both pools, and the stage
    // fails only once sharp's job in flight has written (staging may be removed next).
    fs.rmSync(path.join(dir, "out"), { recursive: true });
    fs.rmSync(path.join(dir, "cache"), { recursive: true });
    const half = photos.slice(0, 3).flatMap((p) => p.renditions);
    await writeRenditions(half, options(files));
    fs.rmSync(path.join(dir, "out"), { recursive: true });
    let failed = false;
    const late: string[] = [];
    const failing: WriteOptions = {
      ...options(files),
      copy: slowCopy(half[0]!.path),
      write: async (p, bytes) => {
        if (failed) late.push(p);
        await options(files).write(p, bytes);
      },
      concurrency: 1,
    };
    await assert.rejects(
      writeRenditions(all, failing).finally(() => (failed = true)),
      { code: "EACCES" },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(inFlight, 0, "no copy still running when the stage fails");
    assert.deepEqual(late, [], "nothing written once the stage failed");
  });

  it("should make a rendition whose cache entry vanished before its copy in sharp's pool, not the copy pool", async () => {
    const photos = await Promise.all([..."abc"].map((c) => photo(`${c}.jpg`)));
    const all = photos.flatMap((p) => p.renditions);
    const files = photos.map((p) => p.file);
    await writeRenditions(all, options(files));
    fs.rmSync(path.join(dir, "out"), { recursive: true });
    // Another build prunes each entry between the lookup and the copy.
    const vanishing: WriteOptions["copy"] = async (_p, from) => {
      fs.rmSync(from);
      throw Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" });
    };
    let inFlight = 0;
    let most = 0;
    const slowWrite: WriteOptions["write"] = async (p, bytes) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      await options(files).write(p, bytes);
    };
    const opts = { ...options(files), copy: vanishing, write: slowWrite, concurrency: 1 };
    const r = await writeRenditions(all, opts);
    assert.deepEqual([r.files, r.cached, r.made, r.errors], [6, 0, 6, []]);
    assert.equal(most, 1, "made one at a time, as sharp's limit says");
    for (const x of all) assert.ok(fs.existsSync(path.join(dir, "out", x.path)), x.path);
  });

  it("should refuse a source that changed since parse hashed it: E_IMAGE_CHANGED, nothing written", async () => {
    const a = await photo("a.jpg");
    const b = await photo("b.jpg");
    fs.appendFileSync(a.file.abs, "edited");
    const r = await writeRenditions([...a.renditions, ...b.renditions], options([a.file, b.file]));
    assert.deepEqual(
      r.errors.map((e) => [e.file, e.code, e.message]),
      [["content/media/a.jpg", "E_IMAGE_CHANGED", "the image changed while the build ran"]],
    );
    assert.deepEqual([r.files, r.made], [2, 2]);
    assert.deepEqual(
      fs.readdirSync(path.join(dir, "out/media")).sort(),
      [path.basename(b.renditions[0]!.path), path.basename(b.renditions[1]!.path)].sort(),
    );
  });

  it("should report a source that cannot be read as E_FILE_READ at its file", async () => {
    const { file, renditions } = await photo("a.jpg");
    fs.rmSync(file.abs);
    const r = await writeRenditions(renditions, options([file]));
    assert.deepEqual(
      r.errors.map((e) => [e.file, e.code]),
      [["content/media/a.jpg", "E_FILE_READ"]],
    );
    assert.equal(r.files, 0);
  });
});

describe("readMedia", () => {
  it("should refuse a symlink or a pipe put in a photo's place after the listing", async () => {
    const { file, renditions } = await photo("a.jpg");
    fs.rmSync(file.abs);
    fs.symlinkSync(path.join(dir, "elsewhere.jpg"), file.abs);
    fs.writeFileSync(path.join(dir, "elsewhere.jpg"), "not read");
    const linked = await writeRenditions(renditions, options([file]));
    assert.deepEqual(
      linked.errors.map((e) => [e.code, e.message]),
      [["E_FILE_READ", "has too many levels of links"]],
    );
    fs.rmSync(file.abs);
    execFileSync("mkfifo", [file.abs]);
    const piped = await writeRenditions(renditions, options([file]));
    assert.deepEqual(
      piped.errors.map((e) => e.code),
      ["E_IMAGE_CHANGED"],
    );
  });
});
