// The masthead: logo and title, edition switch, search box, theme toggle and the section menu.
import type { VNode } from "preact";
import type { PageChrome } from "../../src/collect/chrome.ts";
import { stringsFor } from "../../src/strings.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { LinkList } from "./LinkList.tsx";
import { SearchBox } from "./SearchBox.tsx";

/**
 * `<header>` with the home link (mark and name in the brand face), the tools (a search icon link on
 * phones, a GET search form from tablet width, the theme toggle the head script's `js` class shows,
 * the language switch), then `<nav aria-label="Sections">`, which scrolls sideways on a phone.
 */
export function SiteHeader(props: { chrome: PageChrome }): VNode {
  const { chrome } = props;
  const s = stringsFor(chrome.lang);
  return (
    <header class="site-header">
      <div class="masthead">
        <a class="site-title" href={chrome.homeHref}>
          <svg class="mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
            <path d="M2 27 11 9l6 10 4-6 9 14z" />
          </svg>
          <span class="site-name">{chrome.siteTitle}</span>
        </a>
        <div class="tools">
          <a class="search-link" href={`${chrome.homeHref}search/`}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <circle cx="10" cy="10" r="6.5" />
              <path d="m15 15 6 6" />
            </svg>
            <span class="visually-hidden">{s.search}</span>
          </a>
          <SearchBox chrome={chrome} id="site-search" compact />
          <button type="button" class="theme-toggle" aria-pressed="false" aria-label={s.darkMode}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <circle cx="12" cy="12" r="8.5" />
              <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" />
            </svg>
            <span class="toggle-text">{s.darkMode}</span>
          </button>
          <LanguageSwitch label={s.language} links={chrome.languageSwitch} />
        </div>
      </div>
      {chrome.nav.length > 0 && <LinkList label={s.sections} class="site-nav" links={chrome.nav} />}
    </header>
  );
}
