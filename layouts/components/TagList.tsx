// The tag chips under an article.
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";

/** `<ul class="tags" aria-label="Tags">` of tag links (chips in the stylesheet). */
export function TagList(props: { label: string; tags: Link[] }): VNode | null {
  if (props.tags.length === 0) return null;
  return (
    <ul class="tags" aria-label={props.label}>
      {props.tags.map((tag) => (
        <li key={tag.href}>
          <a href={tag.href} rel="tag">
            {tag.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
