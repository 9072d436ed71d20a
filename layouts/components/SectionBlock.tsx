// A home-page block: the newest articles of one section.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Link } from "../../src/collect/link.ts";
import type { Lang } from "../../src/routes.ts";
import { CardList } from "./CardList.tsx";

/** `<section aria-labelledby>` headed by a link to the section, then its cards. */
export function SectionBlock(props: {
  section: Link;
  items: ArticleCard[];
  pageLang: Lang;
  id: string;
}): VNode {
  return (
    <section class="section-block" aria-labelledby={props.id}>
      <h2 id={props.id}>
        <a href={props.section.href}>{props.section.label}</a>
      </h2>
      <CardList cards={props.items} pageLang={props.pageLang} heading="h3" />
    </section>
  );
}
