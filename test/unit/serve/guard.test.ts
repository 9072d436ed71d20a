// Tests for src/serve/guard.ts: only files inside the output folder, whatever the request spells.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { isInside, resolveRequest } from "../../../src/serve/guard.ts";
import { tempDir, writeTree } from "../../helpers/cli.ts";

let root = "";

before(() => {
  const base = tempDir("broadsheet-guard-");
  root = path.join(base, "serve");
  writeTree(root, {
    "index.html": "home",
    "news/a/index.html": "article",
    "feed.xml": "<feed/>",
    "..notes.txt": "dots in a name",
  });
  // Beside the root, sharing its name as a prefix: a naive startsWith check would let it through.
  writeTree(base, { "serve-secret/key.txt": "SECRET", "secret.txt": "SECRET" });
  fs.symlinkSync(path.join(base, "secret.txt"), path.join(root, "leak.txt"));
  fs.symlinkSync(path.join(base, "serve-secret"), path.join(root, "leakdir"));
});

describe("resolveRequest", () => {
  it("should map files, folders and index pages inside the root", async () => {
    assert.deepEqual(await resolveRequest(root, "/"), {
      kind: "file",
      file: fs.realpathSync(path.join(root, "index.html")),
    });
    assert.deepEqual(await resolveRequest(root, "/news/a/?x=1#top"), {
      kind: "file",
      file: fs.realpathSync(path.join(root, "news/a/index.html")),
    });
    assert.equal((await resolveRequest(root, "/feed.xml")).kind, "file");
    assert.equal((await resolveRequest(root, "/..notes.txt")).kind, "file");
    assert.deepEqual(await resolveRequest(root, "/news/a"), {
      kind: "redirect",
      location: "/news/a/",
    });
    assert.deepEqual(await resolveRequest(root, "/nope/"), { kind: "missing" });
    assert.deepEqual(await resolveRequest(root, "/news/"), { kind: "missing" });
  });

  it("should refuse dot segments, plain or percent-encoded", async () => {
    for (const url of [
      "/../secret.txt",
      "/news/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/serve-secret/key.txt",
      "/.%2e/secret.txt",
      "/news/./a/",
    ]) {
      assert.equal((await resolveRequest(root, url)).kind, "forbidden", url);
    }
  });

  it("should refuse encoded slashes and backslashes, NUL and malformed escapes", async () => {
    for (const url of [
      "/..%2fsecret.txt",
      "/..%2Fserve-secret%2Fkey.txt",
      "/%2fetc%2fpasswd",
      "/..%5csecret.txt",
      "/..\\secret.txt",
      "/index.html%00.txt",
      "/%E0%A4%A",
      "relative.txt",
    ]) {
      assert.equal((await resolveRequest(root, url)).kind, "forbidden", url);
    }
  });

  it("should refuse symlinks that lead out of the root", async () => {
    assert.equal((await resolveRequest(root, "/leak.txt")).kind, "forbidden");
    assert.equal((await resolveRequest(root, "/leakdir/key.txt")).kind, "forbidden");
  });

  it("should never build a redirect from `//host` in the request", async () => {
    const r = await resolveRequest(root, "//news/a");
    assert.deepEqual(r, { kind: "redirect", location: "/news/a/" });
  });
});

describe("isInside", () => {
  it("should compare whole path segments", () => {
    assert.equal(isInside("/a/serve", "/a/serve"), true);
    assert.equal(isInside("/a/serve", "/a/serve/x/y"), true);
    assert.equal(isInside("/a/serve", "/a/serve/..x"), true);
    assert.equal(isInside("/a/serve", "/a/serve-secret/x"), false);
    assert.equal(isInside("/a/serve", "/a"), false);
  });
});
