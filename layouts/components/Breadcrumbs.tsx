// The visible trail Home » Section » title.
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";

/**
 * `<nav aria-label="Breadcrumb"><ol>` with `»` separators hidden from assistive technology; the
 * last item is a link to the page itself with `aria-current="page"` (as in the WAI-ARIA APG).
 * An item with an empty label is the home page and shows `homeLabel` (collect has no UI words).
 */
export function Breadcrumbs(props: {
  label: string;
  homeLabel: string;
  items: Link[];
}): VNode | null {
  const { items } = props;
  if (items.length === 0) return null;
  return (
    <nav aria-label={props.label} class="breadcrumbs">
      <ol>
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={last ? "page" : undefined}>
                {item.label || props.homeLabel}
              </a>
              {!last && (
                <span class="sep" aria-hidden="true">
                  {" » "}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
