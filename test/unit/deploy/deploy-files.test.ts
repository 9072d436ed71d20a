import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { HOST_FILES } from "../../../src/collect/host-files.ts";
import { deployFiles, writeDeployFiles } from "../../../src/deploy/deploy-files.ts";
import { tempDir } from "../../helpers/cli.ts";
import { deployInput } from "./inputs.ts";

describe("deploy files", () => {
  it("should write exactly the reserved host files, the same bytes for the same input", async () => {
    const a = tempDir();
    const b = tempDir();
    assert.deepEqual(await writeDeployFiles(a, deployInput()), { files: 3 });
    await writeDeployFiles(b, deployInput());
    assert.deepEqual(fs.readdirSync(a).sort(), ["_headers", "nginx.conf", "vercel.json"]);
    assert.deepEqual([...deployFiles(deployInput()).keys()].sort(), [...HOST_FILES].sort());
    for (const f of fs.readdirSync(a))
      assert.ok(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))), f);
  });

  it("should never overwrite a file already staged", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "_headers"), "mine");
    await assert.rejects(writeDeployFiles(dir, deployInput()), /EEXIST/);
  });
});
