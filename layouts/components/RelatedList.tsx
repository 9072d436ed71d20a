// Related articles under an article.
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";

/** `<aside class="related">` with a heading and a list of links; nothing when there are none. */
export function RelatedList(props: { label: string; items: Link[] }): VNode | null {
  if (props.items.length === 0) return null;
  return (
    <aside class="related" aria-label={props.label}>
      <h2>{props.label}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
