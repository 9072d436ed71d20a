// A plain page from `pages/*.md` (about, corrections policy…).
import type { VNode } from "preact";
import type { PlainPageView } from "../src/collect/plain-pages.ts";
import { Base } from "./Base.tsx";
import { RawHtml } from "./components/RawHtml.tsx";

/** The page title and its sanitized body. */
export function PageLayout(props: { view: PlainPageView }): VNode {
  const { view } = props;
  return (
    <Base chrome={view.chrome}>
      <article class="page">
        <h1>{view.title}</h1>
        <RawHtml class="page-body" html={view.body.html()} />
      </article>
    </Base>
  );
}
