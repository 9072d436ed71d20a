// Previous and next article in the same section.
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";
import type { Strings } from "../../src/strings.ts";

/** `<nav>` with `rel="prev"`/`rel="next"` links; nothing when the article has neither. */
export function ArticleNav(props: { s: Strings; prev?: Link; next?: Link }): VNode | null {
  const { s, prev, next } = props;
  if (!prev && !next) return null;
  return (
    <nav aria-label={s.articleNav} class="article-nav">
      {prev && (
        <a href={prev.href} rel="prev">
          <span class="direction">{s.previous}</span> {prev.label}
        </a>
      )}
      {next && (
        <a href={next.href} rel="next">
          <span class="direction">{s.next}</span> {next.label}
        </a>
      )}
    </nav>
  );
}
