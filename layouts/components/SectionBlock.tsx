// A home-page section front: the section's top story and a few headlines.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Link } from "../../src/collect/link.ts";
import type { Lang } from "../../src/routes.ts";
import { Card } from "./Card.tsx";
import { CardList } from "./CardList.tsx";

/** `<section aria-labelledby>` headed by a link to the section, its top story, then headlines. */
export function SectionBlock(props: {
  section: Link;
  top: ArticleCard;
  headlines: ArticleCard[];
  pageLang: Lang;
  id: string;
}): VNode {
  return (
    <section class="section-block" aria-labelledby={props.id}>
      <h2 id={props.id}>
        <a href={props.section.href}>{props.section.label}</a>
      </h2>
      <Card card={props.top} pageLang={props.pageLang} heading="h3" hideSection />
      <CardList
        cards={props.headlines}
        pageLang={props.pageLang}
        heading="h3"
        size="headline"
        hideSection
      />
    </section>
  );
}
