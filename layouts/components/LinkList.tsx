// A labelled `<nav>` holding a list of links, the current one marked (`aria-current`).
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";

/** `<nav aria-label><ul><li><a aria-current?>` for section and footer navigation. */
export function LinkList(props: { label: string; class: string; links: Link[] }): VNode {
  return (
    <nav aria-label={props.label} class={props.class}>
      <ul>
        {props.links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.current ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
