// A notice strip across the page: preview build, draft, scheduled article.
import type { VNode } from "preact";

/** A visible status notice (`role="note"`); `kind` picks its colour in the stylesheet. */
export function Banner(props: { kind: "preview" | "draft" | "pending"; text: string }): VNode {
  return (
    <p class={`banner banner-${props.kind}`} role="note">
      {props.text}
    </p>
  );
}
