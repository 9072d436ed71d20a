// The masthead: site title, section navigation and the language switch.
import type { VNode } from "preact";
import type { PageChrome } from "../../src/collect/chrome.ts";
import { stringsFor } from "../../src/strings.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { LinkList } from "./LinkList.tsx";

/** `<header>` with the home link, `<nav aria-label="Sections">` and the language switch. */
export function SiteHeader(props: { chrome: PageChrome }): VNode {
  const { chrome } = props;
  const s = stringsFor(chrome.lang);
  return (
    <header class="site-header">
      <div class="masthead">
        <a class="site-title" href={chrome.homeHref}>
          {chrome.siteTitle}
        </a>
        <LanguageSwitch label={s.language} links={chrome.languageSwitch} />
      </div>
      {chrome.nav.length > 0 && <LinkList label={s.sections} class="site-nav" links={chrome.nav} />}
    </header>
  );
}
