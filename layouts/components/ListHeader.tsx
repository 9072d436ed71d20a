// The header of a list page: home (hidden heading), section, topic (tag), author or archive.
import type { VNode } from "preact";
import type { ListView } from "../../src/collect/lists.ts";
import { stringsFor } from "../../src/strings.ts";
import { Picture } from "./Picture.tsx";

/** The list's own feeds (the first two of the chrome's: its Atom and JSON Feed). */
function ownFeeds(view: ListView): ListView["chrome"]["feeds"] {
  return view.chrome.feeds.length > 2 ? view.chrome.feeds.slice(0, 2) : [];
}

function feedType(type: "atom" | "json" | undefined): string {
  return type === "json" ? "application/feed+json" : "application/atom+xml";
}

/** `<header class="list-header list-{kind}">`: heading, kicker, photo, intro, count and feeds. */
export function ListHeader(props: { view: ListView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  const home = view.kind === "home";
  const feeds = home || view.kind === "archive" ? [] : ownFeeds(view);
  const person = view.person;
  return (
    <header class={`list-header list-${view.kind}`}>
      {person?.image && <Picture image={person.image} class="portrait" />}
      <div class="list-header-text">
        {view.kind === "tag" && <p class="kicker">{s.topic}</p>}
        <h1 class={home ? "visually-hidden" : undefined}>{view.heading}</h1>
        {person?.role && <p class="role">{person.role}</p>}
        {view.intro && !home && <p class="intro">{view.intro}</p>}
        {(view.count !== undefined || feeds.length > 0 || person?.url) && (
          <p class="list-facts">
            {view.count !== undefined && <span class="count">{s.articleCount(view.count)}</span>}
            {person?.url && (
              <a class="author-site" href={person.url} rel="me">
                {s.authorSite}
              </a>
            )}
            {feeds.length > 0 && (
              <span class="feeds">
                {s.subscribe}:{" "}
                {feeds.map((feed, i) => (
                  <span key={feed.href}>
                    {i > 0 && " · "}
                    <a href={feed.href} type={feedType(feed.type)}>
                      {feed.type === "json" ? "JSON Feed" : "Atom"}
                    </a>
                  </span>
                ))}
              </span>
            )}
          </p>
        )}
      </div>
    </header>
  );
}
