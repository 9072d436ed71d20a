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

/** The pager of page `n` of `total`, with links made by `hrefOf(page)`. */
export function makePager(n: number, total: number, hrefOf: (page: number) => string): Pager {
  return {
    current: n,
    total,
    prev: n > 1 ? hrefOf(n - 1) : undefined,
    next: n < total ? hrefOf(n + 1) : undefined,
    pages: Array.from({ length: total }, (_, i) => ({ n: i + 1, href: hrefOf(i + 1) })),
  };
}

/** Pagination state of a list page. */
export interface Pager {
  /** 1-based. */
  current: number;
  total: number;
  prev?: string;
  next?: string;
  pages: { n: number; href: string }[];
}
