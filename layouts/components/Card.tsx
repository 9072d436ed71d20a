// One article in a list: title link, time, section, summary, optional thumbnail.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Lang } from "../../src/routes.ts";
import { LANGUAGES } from "../../src/routes.ts";
import { Timestamp } from "./Timestamp.tsx";

/** Heading level of a card title, so the outline stays in order under the page's headings. */
export type CardHeading = "h2" | "h3";

/** `<article class="card">`; carries `lang` when the article's language is not the page's. */
export function Card(props: {
  card: ArticleCard;
  pageLang: Lang;
  heading: CardHeading;
  lead?: boolean;
}): VNode {
  const { card } = props;
  const Heading = props.heading;
  const image = card.image;
  return (
    <article
      class={props.lead ? "card card-lead" : "card"}
      lang={card.lang !== props.pageLang ? LANGUAGES[card.lang].html : undefined}
    >
      {image && (
        <img
          class="thumb"
          src={image.src}
          width={image.width}
          height={image.height}
          alt={image.decorative ? "" : image.alt}
          loading={props.lead ? "eager" : "lazy"}
          decoding="async"
        />
      )}
      <Heading class="card-title">
        <a href={card.href}>{card.title}</a>
      </Heading>
      <p class="meta">
        <a href={card.section.href}>{card.section.label}</a> · <Timestamp stamp={card.date} />
      </p>
      {card.summary && <p class="summary">{card.summary}</p>}
    </article>
  );
}
