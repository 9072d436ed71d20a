// The first focusable element of every page.
import type { VNode } from "preact";
import type { Lang } from "../../src/routes.ts";
import { stringsFor } from "../../src/strings.ts";

/** "Skip to content" / "跳到正文", pointing at `<main id="main">`. */
export function SkipLink(props: { lang: Lang }): VNode {
  return (
    <a class="skip-link" href="#main">
      {stringsFor(props.lang).skipToContent}
    </a>
  );
}
