// Numbered pagination of a list page.
import type { VNode } from "preact";
import { PAGER_WINDOW, type Pager as PagerState } from "../../src/collect/paginate.ts";
import type { Strings } from "../../src/strings.ts";

/** The pages a pager shows: the first, the last, and those within `PAGER_WINDOW` of the current one. */
export function visiblePages(pager: PagerState): PagerState["pages"] {
  return pager.pages.filter(
    (p) => p.n === 1 || p.n === pager.total || Math.abs(p.n - pager.current) <= PAGER_WINDOW,
  );
}

/**
 * `<nav aria-label="Pagination">`: Newer (`rel="prev"`), the numbered pages with
 * `aria-current="page"` on the current one, Older (`rel="next"`). Skipped pages show as "…".
 * Nothing for a single page.
 * Note: a list of N pages would otherwise write N links on each of N pages (O(N²) bytes at 40k).
 */
export function Pager(props: { s: Strings; pager: PagerState }): VNode | null {
  const { s, pager } = props;
  if (pager.total <= 1) return null;
  const pages = visiblePages(pager);
  return (
    <nav aria-label={s.pagination} class="pager">
      <p class="page-of">{s.pageOf(pager.current, pager.total)}</p>
      <ul>
        {pager.prev && (
          <li class="pager-prev">
            <a href={pager.prev} rel="prev">
              <span aria-hidden="true">← </span>
              {s.newer}
            </a>
          </li>
        )}
        {pages.map((page, i) => {
          const gap = i > 0 && page.n - (pages[i - 1]?.n ?? page.n) > 1;
          return (
            <li key={page.n}>
              {gap && (
                <span class="gap" aria-hidden="true">
                  …{" "}
                </span>
              )}
              <a href={page.href} aria-current={page.n === pager.current ? "page" : undefined}>
                {page.n}
              </a>
            </li>
          );
        })}
        {pager.next && (
          <li class="pager-next">
            <a href={pager.next} rel="next">
              {s.older}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
