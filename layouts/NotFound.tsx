// The localised 404 page.
import type { VNode } from "preact";
import type { NotFoundView } from "../src/collect/plain-pages.ts";
import { Base } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";

/** A localised heading, an explanation and a link to the edition's home page. */
export function NotFoundLayout(props: { view: NotFoundView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  return (
    <Base chrome={view.chrome}>
      <h1>{s.notFoundTitle}</h1>
      <p>{s.notFoundText}</p>
      <p>
        <a href={view.chrome.homeHref}>{s.backHome}</a>
      </p>
    </Base>
  );
}
