// The search page of an edition: a labelled search form, filters and a sort order (shown by the
// script), a status region for the result count, and without JavaScript a note with links to the
// archives and tags. The results are filled in by /pagefind/search.js.
import type { VNode } from "preact";
import type { SearchView } from "../src/collect/search.ts";
import { stringsFor } from "../src/strings.ts";
import { Base } from "./Base.tsx";

/** The filters of the results, each a `<select>` the script fills with the values found. */
function Filters(props: { view: SearchView }): VNode {
  const s = stringsFor(props.view.chrome.lang);
  const filters = [
    ["section", s.searchSection],
    ["tag", s.searchTag],
    ["author", s.searchAuthor],
    ["year", s.searchYear],
  ] as const;
  return (
    <fieldset class="search-filters" hidden>
      <legend>{s.searchFilters}</legend>
      {filters.map(([name, label]) => (
        <p key={name}>
          <label for={`search-${name}`}>{label}</label>{" "}
          <select id={`search-${name}`} name={name}>
            <option value="">{s.searchAny}</option>
          </select>
        </p>
      ))}
      <p>
        <label for="search-sort">{s.searchSort}</label>{" "}
        <select id="search-sort" name="sort">
          <option value="">{s.searchSortRelevance}</option>
          <option value="date">{s.searchSortDate}</option>
        </select>
      </p>
    </fieldset>
  );
}

/** The search page: the form works as a plain GET to itself, so `?q=` links land on a search. */
export function SearchLayout(props: { view: SearchView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  const hasIndex = view.buckets.length > 0;
  return (
    <Base
      chrome={view.chrome}
      headLinks={hasIndex ? [{ rel: "modulepreload", href: view.pagefindHref }] : []}
    >
      <h1>{s.search}</h1>
      <div
        id="search"
        class="search"
        data-pagefind={view.pagefindHref}
        data-buckets={view.buckets.join(" ")}
        data-count-one={s.searchCountOne}
        data-count-many={s.searchCountMany}
        data-none={s.searchNone}
        data-loading={s.searchLoading}
        data-failed={s.searchFailed}
        data-any={s.searchAny}
      >
        <form class="search-form" role="search" method="get">
          <p>
            <label for="search-q">{s.searchLabel}</label>{" "}
            <input id="search-q" type="search" name="q" autocomplete="off" />{" "}
            <button type="submit">{s.search}</button>
          </p>
          <Filters view={view} />
        </form>
        <p class="search-status" role="status"></p>
        <ol class="search-results"></ol>
        <button type="button" class="search-more" hidden>
          {s.searchMore}
        </button>
        <div class="search-nojs">
          <p>{s.searchNoScript}</p>
          <ul>
            <li>
              <a href={view.tagsHref}>{s.allTags}</a>
            </li>
            {view.archives.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <script type="module" src={view.scriptHref}></script>
    </Base>
  );
}
