// Tests for src/fingerprint.ts: one hash over the files of a set of code inputs.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { codeVersion } from "../../src/fingerprint.ts";
import { tempDir } from "../helpers/cli.ts";

describe("code version", () => {
  it("should change when any file under the inputs changes, and only then", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "layouts/assets"), { recursive: true });
    fs.writeFileSync(path.join(dir, "layouts/Article.tsx"), "export const a = 1;\n");
    fs.writeFileSync(path.join(dir, "layouts/assets/site.css"), "body{}\n");
    const inputs = ["layouts", "package-lock.json"];
    const v0 = codeVersion(dir, inputs);
    assert.equal(codeVersion(dir, inputs), v0);
    fs.writeFileSync(path.join(dir, "layouts/assets/site.css"), "body{color:red}\n");
    const v1 = codeVersion(dir, inputs);
    assert.notEqual(v1, v0);
    fs.writeFileSync(path.join(dir, "package-lock.json"), "{}");
    assert.notEqual(codeVersion(dir, inputs), v1);
  });
});
