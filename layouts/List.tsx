// Home, section, tag and author list pages (F-TAX-3, F-TAX-8).
import type { VNode } from "preact";
import type { ListView } from "../src/types.ts";
import { Base } from "./Base.tsx";
import type { HeadLink } from "./Base.tsx";
import { stringsFor } from "./strings.ts";
import { Card } from "./components/Card.tsx";
import { CardList } from "./components/CardList.tsx";
import { Pager } from "./components/Pager.tsx";
import { SectionBlock } from "./components/SectionBlock.tsx";

/** The `<link rel="prev"/"next">` of a list page's head, from its pager. */
export function pagerHeadLinks(view: ListView): HeadLink[] {
  const links: HeadLink[] = [];
  if (view.pager.prev) links.push({ rel: "prev", href: view.pager.prev });
  if (view.pager.next) links.push({ rel: "next", href: view.pager.next });
  return links;
}

/** Heading, intro, lead story and section blocks (home page 1), the card list and the pager. */
export function ListLayout(props: { view: ListView }): VNode {
  const { view } = props;
  const lang = view.chrome.lang;
  const s = stringsFor(lang);
  const grouped = view.kind === "home";
  return (
    <Base chrome={view.chrome} headLinks={pagerHeadLinks(view)}>
      <h1 class={grouped ? "visually-hidden" : undefined}>{view.heading}</h1>
      {view.intro && <p class="intro">{view.intro}</p>}
      {view.lead && (
        <section class="lead" aria-labelledby="lead-title">
          <h2 id="lead-title" class="visually-hidden">
            {s.leadStory}
          </h2>
          <Card card={view.lead} pageLang={lang} heading="h3" lead />
        </section>
      )}
      {(view.sections ?? []).map((block, i) => (
        <SectionBlock
          key={block.section.href}
          id={`section-${i + 1}`}
          section={block.section}
          items={block.items}
          pageLang={lang}
        />
      ))}
      {grouped ? (
        view.items.length > 0 && (
          <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{s.latest}</h2>
            <CardList cards={view.items} pageLang={lang} heading="h3" />
          </section>
        )
      ) : (
        <CardList cards={view.items} pageLang={lang} heading="h2" />
      )}
      <Pager s={s} pager={view.pager} />
    </Base>
  );
}
