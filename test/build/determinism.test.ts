// The same content and clock give byte-identical output, whatever the machine's time zone or locale.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir, treeHash } from "../helpers/cli.ts";

const NOW = "2025-01-01T00:00:00+08:00";

describe("deterministic output", () => {
  it("should build byte-identical trees whatever the machine's time zone and locale", () => {
    const dir = tempDir();
    const a = runCli(["--out", path.join(dir, "a"), "--now", NOW, "--quiet"], {
      env: { TZ: "UTC" },
    });
    const b = runCli(["--out", path.join(dir, "b"), "--now", NOW, "--quiet"], {
      env: { TZ: "America/Los_Angeles", LANG: "zh_CN.UTF-8" },
    });
    const c = runCli(["--out", path.join(dir, "c"), "--now", NOW, "--quiet"], {
      env: { TZ: "Asia/Tokyo", LC_ALL: "hi-IN-u-nu-deva" },
    });
    for (const r of [a, b, c]) assert.equal(r.status, 0, r.stderr);
    const ha = treeHash(path.join(dir, "a"));
    assert.equal(treeHash(path.join(dir, "b")), ha);
    assert.equal(treeHash(path.join(dir, "c")), ha, "Devanagari-digit locale");
  });
});
