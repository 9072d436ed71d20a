// Tests for src/publish/fs-fault.ts: file-system errors as located lines in plain words.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { errnoOf, faultError } from "../../../src/publish/fs-fault.ts";

const errno = (code: string, p?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: something, write`), { code, path: p });

describe("faultError", () => {
  it("should locate a fault at the path the system named, with its code, plain words and a hint", () => {
    const e = faultError(errno("EROFS", path.resolve("content/redirects.lock")), "x", "write it");
    assert.equal(e?.file, "content/redirects.lock");
    assert.equal(e?.code, "E_READ_ONLY");
    assert.equal(e?.message, "could not write it: the file system is read-only (EROFS)");
    assert.match(e!.hint, /writable/);
  });

  it("should find the errno inside wrapping errors and name the staging folder as the output", () => {
    const wrapped = Object.assign(new Error("template failed"), {
      originalError: new Error("x", {
        cause: errno("ENOSPC", path.resolve("dist.staging-1-ab/a/index.html")),
      }),
    });
    assert.equal(errnoOf(wrapped)?.code, "ENOSPC");
    const alias = { from: path.resolve("dist.staging-1-ab"), to: path.resolve("dist") };
    const e = faultError(wrapped, "dist", "write the output", alias);
    assert.equal(e?.file, "dist/a/index.html");
    assert.equal(e?.code, "E_DISK_FULL");
  });

  it("should name a copy that could not be written by its destination, a refused read by its source", () => {
    // Node names a failed copyFile by its source (`path`) and destination (`dest`).
    const copy = (code: string): NodeJS.ErrnoException =>
      Object.assign(errno(code, path.resolve(".cache/store/ab/ab12.page")), {
        dest: path.resolve("dist.staging-1-ab/tags/x/index.html"),
      });
    const alias = { from: path.resolve("dist.staging-1-ab"), to: path.resolve("dist") };
    for (const code of ["ENOSPC", "EDQUOT", "EROFS"])
      assert.equal(
        faultError(copy(code), "dist", "write the output", alias)?.file,
        "dist/tags/x/index.html",
        code,
      );
    assert.equal(
      faultError(copy("EACCES"), "dist", "read it", alias)?.file,
      ".cache/store/ab/ab12.page",
    );
  });

  it("should leave a bug a bug: no errno, or one that is not a fault, gives undefined", () => {
    assert.equal(faultError(new TypeError("x is undefined"), "dist", "build"), undefined);
    assert.equal(faultError(errno("ENOENT"), "dist", "build"), undefined);
    assert.equal(faultError(errno("EBUSY"), "dist", "swap")?.file, "dist");
  });
});
