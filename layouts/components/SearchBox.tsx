// A plain GET search form to the edition's search page: works without JavaScript.
import type { VNode } from "preact";
import type { PageChrome } from "../../src/collect/chrome.ts";
import { stringsFor } from "../../src/strings.ts";

/** `<form role="search" action="{home}search/">` with a labelled `q` box and a submit button. */
export function SearchBox(props: { chrome: PageChrome; id: string; compact?: boolean }): VNode {
  const { chrome } = props;
  const s = stringsFor(chrome.lang);
  return (
    <form
      role="search"
      class={props.compact ? "search-box compact" : "search-box"}
      action={`${chrome.homeHref}search/`}
      method="get"
    >
      <label for={props.id} class={props.compact ? "visually-hidden" : undefined}>
        {s.searchLabel}
      </label>
      <input id={props.id} type="search" name="q" placeholder={s.search} />
      <button type="submit">{s.search}</button>
    </form>
  );
}
