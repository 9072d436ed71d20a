// The page footer: footer links and the copyright line.
import type { VNode } from "preact";
import type { PageChrome } from "../../src/collect/chrome.ts";
import { stringsFor } from "../../src/strings.ts";
import { LinkList } from "./LinkList.tsx";

/** `<footer>` with the footer links and `© {year} {siteTitle}`. */
export function SiteFooter(props: { chrome: PageChrome }): VNode {
  const { chrome } = props;
  return (
    <footer class="site-footer">
      {chrome.footerLinks.length > 0 && (
        <LinkList
          label={stringsFor(chrome.lang).footer}
          class="footer-nav"
          links={chrome.footerLinks}
        />
      )}
      <p class="copyright">
        © {chrome.year} {chrome.siteTitle}
      </p>
    </footer>
  );
}
