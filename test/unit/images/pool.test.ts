// Tests for src/images/pool.ts: results in input order, at most `limit` jobs at once, and after a
// failure or a stop no job starts and the pool settles only once every running job has.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapBounded } from "../../../src/images/pool.ts";

/** A job that resolves `value` after `ms`, recording when it runs. */
function slow(log: string[], ms: number) {
  return async (value: number): Promise<number> => {
    log.push(`start ${value}`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`end ${value}`);
    if (value < 0) throw new Error(`job ${value} failed`);
    return value * 2;
  };
}

describe("mapBounded", () => {
  it("should return results in input order with at most `limit` jobs running", async () => {
    const log: string[] = [];
    assert.deepEqual(await mapBounded([1, 2, 3, 4], 2, slow(log, 5)), [2, 4, 6, 8]);
    let running = 0;
    let most = 0;
    for (const e of log) {
      running += e.startsWith("start") ? 1 : -1;
      most = Math.max(most, running);
    }
    assert.equal(most, 2);
  });

  it("should start nothing after a failure and reject only once the running job has ended", async () => {
    const log: string[] = [];
    const job = async (v: number): Promise<number> => slow(log, v === -1 ? 1 : 30)(v);
    await assert.rejects(mapBounded([-1, 2, 3, 4], 2, job), /job -1 failed/);
    assert.deepEqual(log, ["start -1", "start 2", "end -1", "end 2"]);
  });

  it("should start nothing once `stop` says so, and settle when the running jobs have", async () => {
    const log: string[] = [];
    let stopped = false;
    const job = async (v: number): Promise<number> => {
      stopped = true;
      return slow(log, 5)(v);
    };
    const out = await mapBounded([1, 2, 3, 4], 1, job, () => stopped);
    assert.deepEqual(log, ["start 1", "end 1"]);
    assert.equal(out[0], 2);
  });
});
