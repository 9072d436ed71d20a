// Tests for src/publish/swap.ts: publishing a staged build into place, and recovering after an interrupt.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { abandonBuilds, OUTPUT_MARKER, prepareOutput, swapIn } from "../../../src/publish/swap.ts";

describe("publish after an interrupt", () => {
  it("should never swap in a staging folder once an interrupt has begun (old output kept)", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "publish-"));
    const out = path.join(root, "dist");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, OUTPUT_MARKER), "broadsheet\n");
    fs.writeFileSync(path.join(out, "index.html"), "old");
    const plan = await prepareOutput(out);
    assert.ok(plan.ok);
    fs.writeFileSync(path.join(plan.staging, "index.html"), "new");
    const abandoned = abandonBuilds();
    await assert.rejects(swapIn(plan.staging, out), /interrupted/);
    await abandoned;
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), "old");
    assert.deepEqual(fs.readdirSync(root), ["dist"]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
