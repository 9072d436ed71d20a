// What the search stage reports: its progress while it runs and what it did.
import type { ContentError } from "../content/errors.ts";

/** Reports `done` of `total` records indexed (or taken from the cache). */
export type SearchProgress = (done: number, total: number) => void;

/** What the stage did. */
export interface SearchIndexResult {
  buckets: number;
  /** Buckets indexed by Pagefind in this build, and buckets copied from the cache. */
  indexed: number;
  carried: number;
  /** Files and bytes written below /pagefind/. */
  files: number;
  bytes: number;
  /** The search-cache entries this build uses (kept when the cache is pruned). */
  keys: string[];
  /** Bytes this build wrote to the search cache (its ledger counts them). */
  cacheBytesAdded: number;
  errors: ContentError[];
}

/** A result before the stage has done anything. */
export function emptySearchResult(): SearchIndexResult {
  return {
    buckets: 0,
    indexed: 0,
    carried: 0,
    files: 0,
    bytes: 0,
    keys: [],
    cacheBytesAdded: 0,
    errors: [],
  };
}
