// Home, section, tag, author and date-archive list pages.
import type { VNode } from "preact";
import type { ListView } from "../src/collect/lists.ts";
import { Base } from "./Base.tsx";
import type { HeadLink } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";
import { CardList } from "./components/CardList.tsx";
import { Front } from "./components/Front.tsx";
import { LinkList } from "./components/LinkList.tsx";
import { ListHeader } from "./components/ListHeader.tsx";
import { Pager } from "./components/Pager.tsx";

/** The `<link rel="prev"/"next">` of a list page's head, from its pager. */
export function pagerHeadLinks(view: ListView): HeadLink[] {
  const links: HeadLink[] = [];
  if (view.pager.prev) links.push({ rel: "prev", href: view.pager.prev });
  if (view.pager.next) links.push({ rel: "next", href: view.pager.next });
  return links;
}

/**
 * The page's header (`ListHeader`), the front on page 1 of home and section pages (`Front`), the
 * card list and the pager.
 */
export function ListLayout(props: { view: ListView }): VNode {
  const { view } = props;
  const lang = view.chrome.lang;
  const s = stringsFor(lang);
  return (
    <Base chrome={view.chrome} headLinks={pagerHeadLinks(view)}>
      <ListHeader view={view} />
      {view.links && view.links.length > 0 && (
        <LinkList label={s.months} class="archive-months" links={view.links} />
      )}
      {view.front && <Front front={view.front} lang={lang} section={view.kind === "section"} />}
      {view.items.length > 0 && (
        <CardList
          class="list-cards"
          cards={view.items}
          pageLang={lang}
          heading={view.front ? "h3" : "h2"}
          hideSection={view.kind === "section"}
        />
      )}
      <Pager s={s} pager={view.pager} />
    </Base>
  );
}
