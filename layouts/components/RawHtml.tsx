// The one place raw HTML reaches a page: the sanitized article or page body (see SECURITY.md).
import type { VNode } from "preact";

/** Renders already-sanitized HTML (a `Body`'s `html()`) inside a `<div>`; never pass anything else. */
export function RawHtml(props: { html: string; class: string }): VNode {
  return <div class={props.class} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
