// Numbered pagination of a list page.
import type { VNode } from "preact";
import type { Pager as PagerState } from "../../src/collect/paginate.ts";
import type { Strings } from "../../src/strings.ts";

/**
 * `<nav aria-label="Pagination">`: Newer (`rel="prev"`), the numbered pages with
 * `aria-current="page"` on the current one, Older (`rel="next"`): the pages collect chose to show
 * (`makePager`: first, last and nearby; O(N²) bytes at 40k otherwise). Skipped pages show as "…".
 * Nothing for a single page.
 */
export function Pager(props: { s: Strings; pager: PagerState }): VNode | null {
  const { s, pager } = props;
  if (pager.total <= 1) return null;
  const { pages } = pager;
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
