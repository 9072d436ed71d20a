// Tests for src/incremental/build-stamp.ts: the input key, the output tree's digest, and when the
// stamp of the last build still holds (same key, clock inside its span, output untouched).
import { afterEach, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  inputKey,
  readStamp,
  saveStamp,
  stampHolds,
  stampPath,
  treeDigest,
  type BuildStamp,
} from "../../../src/incremental/build-stamp.ts";

const file = (p: string, text: string) => ({
  path: p,
  displayPath: `content/${p}`,
  bytes: new TextEncoder().encode(text),
});
const parts = { code: "c1", settings: { preview: false, now: null } };
const files = [file("articles/a.md", "one"), file("site.yaml", "title: T")];
const warning = { file: "content/x", line: 0, col: 0, code: "W_IGNORED", message: "m", hint: "h" };

/** A listed media file with the identity `id` (mtime and ctime long past unless given). */
const photo = (
  p: string,
  id: Partial<{ size: number; ino: number; mtimeMs: number; ctimeMs: number }> = {},
) => ({
  path: p,
  displayPath: `content/${p}`,
  abs: `/content/${p}`,
  size: id.size ?? 100,
  identity: { ino: id.ino ?? 7, mtimeMs: id.mtimeMs ?? 1e12, ctimeMs: id.ctimeMs ?? 1e12 },
});
const key = (f: ReturnType<typeof file>[], media = [photo("media/a.jpg")], now = 2e12) =>
  inputKey({ files: f, media }, [], parts, now);

describe("inputKey", () => {
  it("should change with any file's bytes or path, the load problems, the code and the settings", () => {
    const content = { files, media: [] };
    const k = inputKey(content, [], parts);
    assert.equal(inputKey({ files: [...files], media: [] }, [], { ...parts }), k);
    const others = [
      inputKey({ files: [file("articles/a.md", "one!"), files[1]!], media: [] }, [], parts),
      inputKey({ files: [file("articles/b.md", "one"), files[1]!], media: [] }, [], parts),
      inputKey({ files: files.slice(0, 1), media: [] }, [], parts),
      inputKey(content, [warning], parts),
      inputKey(content, [], { ...parts, code: "c2" }),
      inputKey(content, [], { ...parts, settings: { preview: true, now: null } }),
      inputKey(content, [], { ...parts, settings: { preview: false, now: "2025-01-01" } }),
    ];
    assert.equal(new Set([k, ...others]).size, others.length + 1);
  });

  it("should not let bytes slide from one file into the next", () => {
    const a = inputKey({ files: [file("a.md", "xy"), file("b.md", "z")], media: [] }, [], parts);
    const b = inputKey({ files: [file("a.md", "x"), file("b.md", "yz")], media: [] }, [], parts);
    assert.notEqual(a, b);
  });

  it("should change with a media file's path, size, inode, mtime or ctime, without reading it", () => {
    // The photos' `abs` paths do not exist: the key is made from the listing alone.
    const k = key(files);
    assert.equal(key(files), k);
    const others = [
      key(files, [photo("media/b.jpg")]),
      key(files, [photo("media/a.jpg", { size: 101 })]),
      key(files, [photo("media/a.jpg", { ino: 8 })]),
      key(files, [photo("media/a.jpg", { mtimeMs: 1e12 + 1 })]),
      key(files, [photo("media/a.jpg", { ctimeMs: 1e12 + 1 })]),
      key(files, []),
    ];
    assert.equal(new Set([k, ...others]).size, others.length + 1);
  });

  it("should match no later key while a media file changed within a clock tick's margin", () => {
    // Written in the clock tick of the listing, a file could change again and keep its identity.
    const at = (mtimeMs: number, ctimeMs: number) => [photo("media/a.jpg", { mtimeMs, ctimeMs })];
    const now = 2e12 + 0.25;
    const fresh = at(now - 50, now - 50);
    assert.notEqual(key(files, fresh, now), key(files, fresh, now));
    const settled = at(now - 500, now - 500);
    assert.equal(key(files, settled, now), key(files, settled, now));
    const touched = at(now - 500, now - 50);
    assert.notEqual(key(files, touched, now), key(files, touched, now));
    // Whole-second timestamps (a coarse file system): two seconds.
    const coarse = at(2e12 - 1000, 2e12 - 1000);
    assert.notEqual(key(files, coarse, now), key(files, coarse, now));
  });
});

describe("treeDigest and the stamp file", () => {
  let dir: string;
  let out: string;
  let state: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stamp-"));
    out = path.join(dir, "out");
    state = path.join(dir, "state.json");
    fs.mkdirSync(path.join(out, "a"), { recursive: true });
    fs.writeFileSync(path.join(out, "index.html"), "<p>home</p>");
    fs.writeFileSync(path.join(out, "a", "index.html"), "<p>a</p>");
    fs.writeFileSync(state, "{}");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("should stay the same while nothing is touched", () => {
    assert.equal(treeDigest(out, [state]), treeDigest(out, [state]));
  });

  it("should change when an output file is edited, replaced, added, removed or re-dated", () => {
    const changes: [string, () => void][] = [
      ["edited", () => fs.appendFileSync(path.join(out, "a", "index.html"), " ")],
      [
        "replaced by the same bytes",
        () => {
          fs.writeFileSync(path.join(dir, "new"), "<p>a</p>");
          fs.renameSync(path.join(dir, "new"), path.join(out, "a", "index.html"));
        },
      ],
      ["added", () => fs.writeFileSync(path.join(out, "extra.html"), "")],
      ["removed", () => fs.rmSync(path.join(out, "index.html"))],
      ["folder added", () => fs.mkdirSync(path.join(out, "empty"))],
      ["re-dated", () => fs.utimesSync(path.join(out, "index.html"), new Date(0), new Date(0))],
      ["output gone", () => fs.rmSync(out, { recursive: true })],
    ];
    for (const [what, change] of changes) {
      const snapshot = path.join(dir, "snap");
      fs.cpSync(out, snapshot, { recursive: true });
      const before = treeDigest(out, [state]);
      change();
      assert.notEqual(treeDigest(out, [state]), before, what);
      fs.rmSync(out, { recursive: true, force: true });
      fs.renameSync(snapshot, out);
    }
  });

  it("should change when a state file is edited or removed", () => {
    const before = treeDigest(out, [state]);
    fs.appendFileSync(state, " ");
    const edited = treeDigest(out, [state]);
    assert.notEqual(edited, before);
    fs.rmSync(state);
    assert.notEqual(treeDigest(out, [state]), edited);
  });

  it("should read back the stamp it saved, and nothing from a damaged file", () => {
    const stamp: BuildStamp = {
      key: "k",
      clock: { from: 1, until: 2 },
      tree: treeDigest(out, [state]),
      report: {
        articles: { published: 1, drafts: 0, pending: 0, expired: 0 },
        pages: { article: 1 },
        pagesBuilt: 1,
        warnings: [warning],
        bodies: { cached: 0, rendered: 1 },
        files: { rendered: 2, carried: 0 },
      },
    };
    const cache = path.join(dir, "cache");
    saveStamp(cache, out, stamp);
    assert.deepEqual(readStamp(cache, out), stamp);
    assert.equal(readStamp(cache, path.join(dir, "other")), undefined);
    fs.writeFileSync(stampPath(cache, out), '{"format":"broadsheet-stamp-1","stamp":{"key":"k"}}');
    assert.equal(readStamp(cache, out), undefined);
    fs.writeFileSync(stampPath(cache, out), "{not json");
    assert.equal(readStamp(cache, out), undefined);
  });
});

describe("stampHolds", () => {
  const stamp = { key: "k", clock: { from: 100, until: 200 }, tree: "t" } as BuildStamp;
  const tree = () => "t";

  it("should hold for the same key and tree with a clock inside the span", () => {
    assert.equal(stampHolds(stamp, "k", 100, tree), true);
    assert.equal(stampHolds(stamp, "k", 199, tree), true);
  });

  it("should hold for the stamped clock itself when --now was given (clock undefined)", () => {
    assert.equal(stampHolds(stamp, "k", undefined, tree), true);
    const empty = { ...stamp, clock: { from: 100, until: 100 } };
    assert.equal(stampHolds(empty, "k", undefined, tree), false);
  });

  it("should not hold for another key, a clock outside the span, another tree or no stamp", () => {
    assert.equal(stampHolds(stamp, "other", 150, tree), false);
    assert.equal(stampHolds(stamp, "k", 200, tree), false);
    assert.equal(stampHolds(stamp, "k", 99, tree), false);
    assert.equal(
      stampHolds(stamp, "k", 150, () => "u"),
      false,
    );
    assert.equal(stampHolds(undefined, "k", 150, tree), false);
  });

  it("should not walk the output when the key already differs", () => {
    let walked = false;
    stampHolds(stamp, "other", 150, () => ((walked = true), "t"));
    assert.equal(walked, false);
  });
});
