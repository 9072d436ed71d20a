// The search index as a job the pipeline starts once, beside plan or a short render, and awaits
// in its own stage: its outcome is kept as a value until then.
import type { SearchIndexResult, SearchProgress } from "./search-result.ts";

/**
 * Renders of at most this many files run beside the search index (Pagefind indexes in its own
 * process while this one renders and scans: ~30 s off a cold 10k build, which renders 19.5k files);
 * longer ones run before it: at 40k articles (78k files) the heap nears Node's limit, render slows
 * to ~140 files/s, and a 9-minute render beside Pagefind starved its pipe.
 */
export const SEARCH_BESIDE_RENDER_MAX = 25_000;

/**
 * Pagefind processes that index buckets at once when search runs alone (its own stage, nothing
 * beside it). Measured on 2 cores: one Pagefind service indexes one bucket at a time on ~1.1 cores;
 * two processes indexed two 1,500-record buckets in 10.1 s against 16.0 s one after the other.
 * Beside render they gained nothing at 10k (the cores are busy) and cost ~570 MB, so a job started
 * early keeps one.
 */
export const SEARCH_ALONE_LANES = 2;

/** The search index as a job started once, when `start` (or `wait`) is first called. */
export interface SearchJob {
  /** Starts the job beside other work: one Pagefind process. */
  start(): Promise<Settled<SearchIndexResult>>;
  /**
   * The job (started with `SEARCH_ALONE_LANES` if it was not), its advance reported to `count` from
   * now on, starting with zero: records indexed since this call, of those left then (a job that ran
   * beside render is partly done already).
   */
  wait(count: SearchProgress): Promise<Settled<SearchIndexResult>>;
  /** The job, once started. */
  readonly started: Promise<Settled<SearchIndexResult>> | undefined;
}

/** A `SearchJob` that runs `index` at most once. */
export function searchJob(
  index: (progress: SearchProgress, lanes: number) => Promise<SearchIndexResult>,
): SearchJob {
  let started: Promise<Settled<SearchIndexResult>> | undefined;
  let done = 0;
  let base = 0;
  let total: number | undefined;
  let count: SearchProgress | undefined;
  const progress: SearchProgress = (d, t) => {
    done = d;
    total = t;
    count?.(d - base, t - base);
  };
  const begin = (lanes: number): Promise<Settled<SearchIndexResult>> =>
    (started ??= settle(index(progress, lanes)));
  return {
    start: () => begin(1),
    wait(c) {
      base = done;
      count = c;
      // The stage's count (its rate and ETA) starts now, not when the next bucket is done.
      if (total !== undefined) c(0, total - base);
      return begin(SEARCH_ALONE_LANES);
    },
    get started() {
      return started;
    },
  };
}

/** The outcome of a promise, as a value. */
type Settled<T> = { ok: true; value: T } | { ok: false; err: unknown };

/** `p`'s outcome as a value (never rejects). */
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (err: unknown) => ({ ok: false as const, err }),
  );
}
