// The all-tags page: the main topics with their counts, then every one-article tag in one short list.
import type { VNode } from "preact";
import type { TagIndexView } from "../src/collect/lists.ts";
import { Base } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";

/**
 * `<h1>All tags</h1>`, `<ul class="tag-index">` of the tags with two or more articles (each with its
 * localised count), then `<ul class="tag-cloud">` of the tags with one, without a count each.
 */
export function TagIndexLayout(props: { view: TagIndexView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  const main = view.tags.filter((t) => t.count > 1);
  const single = view.tags.filter((t) => t.count <= 1);
  return (
    <Base chrome={view.chrome}>
      <h1>{s.allTags}</h1>
      {main.length > 0 && (
        <ul class="tag-index">
          {main.map((tag) => (
            <li key={tag.href}>
              <a href={tag.href}>{tag.label}</a>{" "}
              <span class="count">({s.articleCount(tag.count)})</span>
            </li>
          ))}
        </ul>
      )}
      {single.length > 0 && (
        <section aria-labelledby="single-tags">
          <h2 id="single-tags">{s.articleCount(1)}</h2>
          <ul class="tag-cloud">
            {single.map((tag) => (
              <li key={tag.href}>
                <a href={tag.href}>{tag.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Base>
  );
}
