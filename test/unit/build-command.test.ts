// Tests for src/build-command.ts: the environment and Node flags read from `npm run build` are the
// script's own, so the preview's build child and the bench start builds as the script does.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_ENV, NODE_FLAGS } from "../../src/build-command.ts";
import { ROOT } from "../helpers/cli.ts";

const script = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts.build!;

describe("build command", () => {
  it("should read the script's environment: two malloc arenas", () => {
    assert.deepEqual(BUILD_ENV, { MALLOC_ARENA_MAX: "2" });
    for (const [k, v] of Object.entries(BUILD_ENV)) assert.ok(script.startsWith(`${k}=${v} `));
  });

  it("should read the script's Node flags, in order, and nothing else", () => {
    assert.deepEqual(NODE_FLAGS, ["--max-semi-space-size=64"]);
    assert.ok(script.includes(`node ${NODE_FLAGS.join(" ")} bin/broadsheet.mjs build`), script);
  });
});
