// A list of article cards.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Lang } from "../../src/routes.ts";
import { Card } from "./Card.tsx";
import type { CardHeading, CardSize } from "./Card.tsx";

/** `<ol class="cards">` of cards, newest first; nothing when the list is empty. */
export function CardList(props: {
  cards: ArticleCard[];
  pageLang: Lang;
  heading: CardHeading;
  size?: CardSize;
  class?: string;
  hideSection?: boolean;
}): VNode | null {
  if (props.cards.length === 0) return null;
  return (
    <ol class={props.class ? `cards ${props.class}` : "cards"}>
      {props.cards.map((card) => (
        <li key={card.href}>
          <Card
            card={card}
            pageLang={props.pageLang}
            heading={props.heading}
            size={props.size}
            hideSection={props.hideSection}
          />
        </li>
      ))}
    </ol>
  );
}
