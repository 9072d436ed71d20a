// Tests for src/worker-heap.ts: under `npm run build`'s semi-space flag, a worker thread started
// with `workerLimits()` gets V8's default young generation, and the main thread keeps the flag's.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { NODE_FLAGS } from "../../src/build-command.ts";
import { ROOT } from "../helpers/cli.ts";

/** Allocates short-lived objects (a few kept alive) until V8 has grown the new space, then reports its MB. */
const CHURN = `let keep = []; for (let i = 0; i < 4e6; i++) { keep.push({ i, s: "x" + i }); if (keep.length > 20000) keep = []; }
const space = require("node:v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size / 2 ** 20;`;

/** Runs a worker started with `workerLimits()` and the same churn on the main thread, under `flags`. */
function newSpaces(flags: readonly string[]): { worker: number; main: number } {
  const module = pathToFileURL(path.join(ROOT, "src/worker-heap.ts")).href;
  const script = `import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { workerLimits } from ${JSON.stringify(module)};
const require = createRequire(import.meta.url);
const worker = await new Promise((resolve, reject) => {
  const w = new Worker(${JSON.stringify(`${CHURN} require("node:worker_threads").parentPort.postMessage(space);`)}, { eval: true, execArgv: [], resourceLimits: workerLimits() });
  w.once("message", resolve);
  w.once("error", reject);
});
${CHURN}
process.stdout.write(JSON.stringify({ worker, main: space }));`;
  const out = execFileSync(
    process.execPath,
    [...flags, "--import", "tsx", "--input-type=module", "-e", script],
    { cwd: ROOT, encoding: "utf8" },
  );
  return JSON.parse(out) as { worker: number; main: number };
}

describe("worker heap", () => {
  it("should give a worker V8's default young generation under npm run build's flags", () => {
    assert.ok(NODE_FLAGS.includes("--max-semi-space-size=64"), "npm run build's flag this covers");
    const { worker, main } = newSpaces(NODE_FLAGS);
    // V8's default: 16 MB semi-spaces, a 32 MB new space (under the flag alone the worker's reached 64 here).
    assert.ok(worker <= 32, `worker new space ${worker} MB`);
    // The main thread's heap was sized at start-up: it keeps the flag's semi-spaces.
    assert.ok(main > 32, `main thread new space ${main} MB`);
  });
});
