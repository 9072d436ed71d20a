// One article in a list: section kicker, title link, date (and "Updated"), summary, optional picture.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Lang } from "../../src/routes.ts";
import { LANGUAGES } from "../../src/routes.ts";
import { stringsFor } from "../../src/strings.ts";
import { Picture } from "./Picture.tsx";
import { smartText } from "./smart-text.ts";
import { WordBreaks } from "./WordBreaks.tsx";

/** Heading level of a card title, so the outline stays in order under the page's headings. */
export type CardHeading = "h2" | "h3";

/** How much a card shows: the lead, a secondary lead, a list card, or a headline only. */
export type CardSize = "lead" | "secondary" | "standard" | "headline";

/** Picture sizes of a card by its size, for the front's grid (one column under 40rem). */
const SIZES: Record<CardSize, string | undefined> = {
  lead: "(min-width: 64rem) 46rem, (min-width: 40rem) 90vw, 100vw",
  secondary: "(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw",
  standard: undefined,
  headline: undefined,
};

/** `<article class="card">`; carries `lang` when the article's language is not the page's. */
export function Card(props: {
  card: ArticleCard;
  pageLang: Lang;
  heading: CardHeading;
  /** Kept for callers of the old API: the same as `size="lead"`. */
  lead?: boolean;
  size?: CardSize;
  /** Leave out the section kicker (a section's own page). */
  hideSection?: boolean;
}): VNode {
  const { card } = props;
  const size: CardSize = props.size ?? (props.lead ? "lead" : "standard");
  const Heading = props.heading;
  const s = stringsFor(card.lang);
  const image = size === "headline" ? undefined : card.image;
  return (
    <article
      class={`card card-${size}${image ? " has-image" : ""}`}
      lang={card.lang !== props.pageLang ? LANGUAGES[card.lang].html : undefined}
    >
      {image && (
        <Picture image={image} class="thumb" priority={size === "lead"} sizes={SIZES[size]} />
      )}
      <div class="card-text">
        {!props.hideSection && (
          <p class="kicker">
            <a href={card.section.href}>{card.section.label}</a>
          </p>
        )}
        <Heading class="card-title">
          <a href={card.href}>
            <WordBreaks text={card.title} />
          </a>
        </Heading>
        {size !== "headline" && card.summary && <p class="summary">{smartText(card.summary)}</p>}
        <p class="meta">
          <time datetime={card.date.iso}>{card.dateText}</time>
          {card.updated && (
            <>
              {" · "}
              <span class="updated-flag">{s.updatedFlag}</span>
            </>
          )}
        </p>
      </div>
    </article>
  );
}
