// Tests for src/search/stall-limit.ts: a batch may be slow, never stalled.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { untilStalled } from "../../../src/search/stall-limit.ts";

describe("untilStalled", () => {
  it("should wait for a slow batch whose calls keep finishing, well past the limit in total", async () => {
    const calls = [0, 1, 2, 3, 4, 5].map((i) => sleep(60 * (i + 1), i));
    let stopped = false;
    const got = await untilStalled(calls, 150, "index", async () => {
      stopped = true;
    });
    assert.deepEqual(got, [0, 1, 2, 3, 4, 5]);
    assert.equal(stopped, false);
  });

  it("should reject, after stopping the service, once nothing finishes for the limit", async () => {
    const never = new Promise<number>(() => undefined);
    let stopped = false;
    await assert.rejects(
      untilStalled([sleep(10, 1), never], 100, "index the records", async () => {
        stopped = true;
      }),
      /Pagefind did not index the records: nothing finished for 100 ms/,
    );
    assert.equal(stopped, true);
  });

  it("should pass a call's own failure through", async () => {
    await assert.rejects(
      untilStalled([Promise.reject(new Error("bad record"))], 100, "index", async () => undefined),
      /bad record/,
    );
  });
});
