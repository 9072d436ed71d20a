// The search index as a job the pipeline starts once, before plan, and awaits in its own stage: its
// outcome is kept as a value until then. It runs beside plan and render at every size, in one
// Pagefind process. At 40k articles (76k files) that took a cold build's summed peak from 4,084 to
// 3,397 MB and its wall from 491 to 466 s against indexing after render in two processes: render
// slows beside Pagefind (131 → 191 s), but the index is mostly done when render ends, and the
// second process held ~650 MB.
import type { SearchIndexResult, SearchProgress } from "./search-result.ts";

/** The search index as a job started once, when `start` (or `wait`) is first called. */
export interface SearchJob {
  /** Starts the job beside other work. */
  start(): Promise<Settled<SearchIndexResult>>;
  /**
   * The job (started now if it was not), its advance reported to `count` from now on, starting
   * with zero: records indexed since this call, of those left then (a job that ran beside render is
   * partly done already).
   */
  wait(count: SearchProgress): Promise<Settled<SearchIndexResult>>;
  /** The job, once started. */
  readonly started: Promise<Settled<SearchIndexResult>> | undefined;
}

/** A `SearchJob` that runs `index` at most once. */
export function searchJob(
  index: (progress: SearchProgress) => Promise<SearchIndexResult>,
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
  const begin = (): Promise<Settled<SearchIndexResult>> => (started ??= settle(index(progress)));
  return {
    start: begin,
    wait(c) {
      base = done;
      count = c;
      // The stage's count (its rate and ETA) starts now, not when the next bucket is done.
      if (total !== undefined) c(0, total - base);
      return begin();
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
