// Tests for src/publish/output-place.ts: output folders refused for where they are.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { checkOutputPlace } from "../../../src/publish/output-place.ts";

describe("checkOutputPlace", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "place-"));
  const content = path.join(root, "content");
  fs.mkdirSync(content);
  fs.writeFileSync(path.join(root, "file"), "x");
  const code = (out: string, from = content) => checkOutputPlace(from, out)?.code;

  it("should accept a folder beside the content, existing or not", () => {
    assert.equal(code(path.join(root, "dist")), undefined);
    assert.equal(code(path.join(root, "new", "dist")), undefined);
  });

  it("should refuse the output inside the content tree, or holding it, symlinks resolved", () => {
    assert.equal(code(path.join(content, "site")), "E_OUT_IN_CONTENT");
    assert.equal(code(root), "E_OUT_IN_CONTENT");
    fs.symlinkSync(content, path.join(root, "alias"));
    assert.equal(code(path.join(root, "alias", "out")), "E_OUT_IN_CONTENT");
  });

  it("should refuse a path through a file and system folders", () => {
    assert.equal(code(path.join(root, "file", "dist")), "E_OUT_PATH");
    assert.equal(code("/proc/self/out"), "E_OUT_SYSTEM");
    assert.equal(code("/dev/null/x"), "E_OUT_PATH");
  });
});
