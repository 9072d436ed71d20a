// The comments section: a text notice only, no third-party script.
import type { VNode } from "preact";
import type { Strings } from "../../src/strings.ts";

/** `<section aria-labelledby="comments-title"><h2>Comments</h2><p>{notice}</p></section>`. */
export function Comments(props: { s: Strings; notice: string }): VNode {
  return (
    <section class="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{props.s.comments}</h2>
      {props.notice && <p>{props.notice}</p>}
    </section>
  );
}
