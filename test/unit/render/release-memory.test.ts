// Tests for src/render/release-memory.ts: garbage between render chunks is collected without --expose-gc.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { releaseGarbage } from "../../../src/render/release-memory.ts";

/** Allocates ~`mb` MB of objects and drops them: garbage for the next collection. */
function litter(mb: number): number {
  const junk: { n: number; s: string }[] = [];
  for (let i = 0; i < mb * 10_000; i++) junk.push({ n: i, s: `item ${i}` });
  return junk.length;
}

describe("releaseGarbage", () => {
  it("should collect when the heap has doubled since the last collection, not before", () => {
    releaseGarbage();
    const live = process.memoryUsage().heapUsed;
    litter(200);
    const littered = process.memoryUsage().heapUsed;
    assert.ok(littered > 2 * live, "the litter doubled the heap");
    releaseGarbage();
    const after = process.memoryUsage().heapUsed;
    assert.ok(after < live * 1.5, `collected: ${after} after, ${live} live before`);
    litter(1);
    const small = process.memoryUsage().heapUsed;
    releaseGarbage();
    assert.ok(process.memoryUsage().heapUsed >= small * 0.9, "a small growth waits");
  });
});
