// Home, section, tag, author and date-archive list pages.
import type { VNode } from "preact";
import type { ListView } from "../src/collect/lists.ts";
import { Base } from "./Base.tsx";
import type { HeadLink } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";
import { Card } from "./components/Card.tsx";
import { CardList } from "./components/CardList.tsx";
import { LinkList } from "./components/LinkList.tsx";
import { Pager } from "./components/Pager.tsx";
import { SectionBlock } from "./components/SectionBlock.tsx";

/** The `<link rel="prev"/"next">` of a list page's head, from its pager. */
export function pagerHeadLinks(view: ListView): HeadLink[] {
  const links: HeadLink[] = [];
  if (view.pager.prev) links.push({ rel: "prev", href: view.pager.prev });
  if (view.pager.next) links.push({ rel: "next", href: view.pager.next });
  return links;
}

/** The list's own feeds (the first two of the chrome's: its Atom and JSON Feed). */
function ownFeeds(view: ListView): ListView["chrome"]["feeds"] {
  return view.chrome.feeds.length > 2 ? view.chrome.feeds.slice(0, 2) : [];
}

function feedType(type: "atom" | "json" | undefined): string {
  return type === "json" ? "application/feed+json" : "application/atom+xml";
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
      {view.links && view.links.length > 0 && (
        <LinkList label={s.months} class="archive-months" links={view.links} />
      )}
      {view.kind !== "home" && view.kind !== "archive" && ownFeeds(view).length > 0 && (
        <p class="feeds">
          {s.subscribe}:{" "}
          {ownFeeds(view).map((feed, i) => (
            <span key={feed.href}>
              {i > 0 && " · "}
              <a href={feed.href} type={feedType(feed.type)}>
                {feed.type === "json" ? "JSON Feed" : "Atom"}
              </a>
            </span>
          ))}
        </p>
      )}
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
