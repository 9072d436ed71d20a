// The localised 404 page: a search box, the latest headlines and the way home.
import type { VNode } from "preact";
import type { NotFoundView } from "../src/collect/plain-pages.ts";
import { Base } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";
import { CardList } from "./components/CardList.tsx";
import { SearchBox } from "./components/SearchBox.tsx";

/** A localised heading and explanation, a search form, the newest headlines and a link home. */
export function NotFoundLayout(props: { view: NotFoundView }): VNode {
  const { view } = props;
  const lang = view.chrome.lang;
  const s = stringsFor(lang);
  const latest = view.latest ?? [];
  return (
    <Base chrome={view.chrome}>
      <div class="not-found">
        <h1>{s.notFoundTitle}</h1>
        <p>{s.notFoundText}</p>
        <SearchBox chrome={view.chrome} id="not-found-search" />
        <p>
          <a href={view.chrome.homeHref}>{s.backHome}</a>
        </p>
        {latest.length > 0 && (
          <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{s.latestHeadlines}</h2>
            <CardList cards={latest} pageLang={lang} heading="h3" size="headline" />
          </section>
        )}
      </div>
    </Base>
  );
}
