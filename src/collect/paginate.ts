// Splits a list into pages and builds the pager each page shows.

/** One page of a paginated list. */
export interface Paged<T> {
  /** 1-based page number. */
  n: number;
  total: number;
  items: T[];
}

/** Splits `items` into pages of `size`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Paged<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    n: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** How many numbered links a pager shows on each side of the current page. */
export const PAGER_WINDOW = 2;

/**
 * The pager of page `n` of `total`, with links made by `hrefOf(page)`: the pages it shows are the
 * first, the last and those within `PAGER_WINDOW` of `n`.
 * Note: every page number would make each pager O(N): 10 MB of views at 10k articles, all hashed.
 */
export function makePager(n: number, total: number, hrefOf: (page: number) => string): Pager {
  const shown = new Set([1, total]);
  for (let p = Math.max(1, n - PAGER_WINDOW); p <= Math.min(total, n + PAGER_WINDOW); p++)
    shown.add(p);
  return {
    current: n,
    total,
    prev: n > 1 ? hrefOf(n - 1) : undefined,
    next: n < total ? hrefOf(n + 1) : undefined,
    pages: [...shown].sort((a, b) => a - b).map((p) => ({ n: p, href: hrefOf(p) })),
  };
}

/** Pagination state of a list page. */
export interface Pager {
  /** 1-based. */
  current: number;
  total: number;
  prev?: string;
  next?: string;
  /** The pages it shows, in order (numbers may skip: the pager shows a gap). */
  pages: { n: number; href: string }[];
}
