// Tests for src/publish/staged-write.ts: writes staged beside their targets, committed or discarded.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { stageWrite, stageWrites } from "../../../src/publish/staged-write.ts";

describe("stageWrite", () => {
  it("should leave the target alone until commit, and nothing behind on discard", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "staged-"));
    const file = path.join(dir, "state", "next.json");
    const w = await stageWrite({ file, text: "new" });
    assert.equal(fs.existsSync(file), false);
    await w.commit();
    assert.equal(fs.readFileSync(file, "utf8"), "new");
    const again = await stageWrite({ file, text: "newer" });
    await again.discard();
    assert.equal(fs.readFileSync(file, "utf8"), "new");
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ["next.json"]);
  });

  it("should stage all or none, naming the target (not its temp file) when one fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "staged-"));
    fs.writeFileSync(path.join(dir, "blocker"), "a file");
    const bad = path.join(dir, "blocker", "lock");
    await assert.rejects(
      stageWrites([
        { file: path.join(dir, "ok.txt"), text: "x" },
        { file: bad, text: "y" },
      ]),
      (err: NodeJS.ErrnoException) => err.code === "ENOTDIR" || err.code === "EEXIST",
    );
    assert.deepEqual(fs.readdirSync(dir), ["blocker"]);
  });
});
