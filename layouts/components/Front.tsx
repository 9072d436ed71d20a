// A front page: date line, lead story, secondary leads, the latest rail and the section fronts.
import type { VNode } from "preact";
import type { FrontView } from "../../src/collect/front.ts";
import type { Lang } from "../../src/routes.ts";
import { stringsFor } from "../../src/strings.ts";
import { Card } from "./Card.tsx";
import { CardList } from "./CardList.tsx";
import { SectionBlock } from "./SectionBlock.tsx";

/**
 * `<div class="front">`: the top grid (lead beside its secondary leads, the latest rail on the right
 * on desktop), then the section fronts. Every story appears once.
 */
export function Front(props: { front: FrontView; lang: Lang; section?: boolean }): VNode {
  const { front, lang } = props;
  const s = stringsFor(lang);
  const hasRail = front.latest.length > 0;
  return (
    <div class="front">
      <p class="date-line">{front.dateLine}</p>
      <div class={hasRail ? "front-top with-rail" : "front-top"}>
        {front.lead && (
          <section class="front-lead" aria-labelledby="lead-title">
            <h2 id="lead-title" class="visually-hidden">
              {s.leadStory}
            </h2>
            <Card
              card={front.lead}
              pageLang={lang}
              heading="h3"
              size="lead"
              hideSection={props.section}
            />
          </section>
        )}
        {front.secondary.length > 0 && (
          <CardList
            class="front-secondary"
            cards={front.secondary}
            pageLang={lang}
            heading={front.lead ? "h3" : "h2"}
            size="secondary"
            hideSection={props.section}
          />
        )}
        {hasRail && (
          <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{s.latest}</h2>
            <CardList cards={front.latest} pageLang={lang} heading="h3" size="headline" />
          </section>
        )}
      </div>
      {front.sections.length > 0 && (
        <div class="section-fronts">
          {front.sections.map((block, i) => (
            <SectionBlock
              key={block.section.href}
              id={`section-${i + 1}`}
              section={block.section}
              top={block.top}
              headlines={block.headlines}
              pageLang={lang}
            />
          ))}
        </div>
      )}
    </div>
  );
}
