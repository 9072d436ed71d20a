// Tests for src/search/search-job.ts: the index runs once, and its advance reaches the search stage
// counted from when the stage began waiting (a job started beside render is partly done by then).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  emptySearchResult,
  type SearchIndexResult,
  type SearchProgress,
} from "../../../src/search/search-result.ts";
import { searchJob } from "../../../src/search/search-job.ts";

const result: SearchIndexResult = {
  ...emptySearchResult(),
  buckets: 3,
  indexed: 3,
  files: 9,
  bytes: 90,
};

describe("searchJob", () => {
  it("should run the index once and report records done since the stage began waiting", async () => {
    let runs = 0;
    let report: SearchProgress = () => {};
    let finish: () => void = () => {};
    const job = searchJob((progress) => {
      runs++;
      report = progress;
      return new Promise((resolve) => (finish = () => resolve(result)));
    });
    assert.equal(job.started, undefined);
    void job.start();
    report(400, 1000); // one bucket indexed beside render
    const seen: [number, number][] = [];
    const waiting = job.wait((done, total) => seen.push([done, total]));
    report(700, 1000);
    report(1000, 1000);
    finish();
    const settled = await waiting;
    assert.equal(runs, 1);
    assert.deepEqual(settled, { ok: true, value: result });
    assert.deepEqual(seen, [
      [0, 600],
      [300, 600],
      [600, 600],
    ]);
  });

  it("should start the index when the stage waits on a job nothing started", async () => {
    let runs = 0;
    const job = searchJob((progress) => {
      runs++;
      progress(0, 5);
      progress(5, 5);
      return Promise.resolve(result);
    });
    const seen: [number, number][] = [];
    const settled = await job.wait((done, total) => seen.push([done, total]));
    assert.equal(settled.ok, true);
    assert.deepEqual(seen, [
      [0, 5],
      [5, 5],
    ]);
    assert.equal(runs, 1);
    assert.equal(await job.started, settled);
  });
});
