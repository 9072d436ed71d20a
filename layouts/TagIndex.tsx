// The all-tags page with article counts.
import type { VNode } from "preact";
import type { TagIndexView } from "../src/collect/lists.ts";
import { Base } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";

/** `<h1>All tags</h1>` and one link per tag with its localised article count. */
export function TagIndexLayout(props: { view: TagIndexView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  return (
    <Base chrome={view.chrome}>
      <h1>{s.allTags}</h1>
      <ul class="tag-index">
        {view.tags.map((tag) => (
          <li key={tag.href}>
            <a href={tag.href}>{tag.label}</a>{" "}
            <span class="count">({s.articleCount(tag.count)})</span>
          </li>
        ))}
      </ul>
    </Base>
  );
}
