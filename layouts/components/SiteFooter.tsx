// The page footer: sections, the site's pages (about, corrections, contact…), feeds and copyright.
import type { VNode } from "preact";
import type { PageChrome } from "../../src/collect/chrome.ts";
import { stringsFor } from "../../src/strings.ts";

/**
 * `<footer>` with three link columns (sections; the footer links: all tags and the plain pages such
 * as about, corrections policy and contact; the edition's feeds), then `© {year} {siteTitle}`.
 */
export function SiteFooter(props: { chrome: PageChrome }): VNode {
  const { chrome } = props;
  const s = stringsFor(chrome.lang);
  const feeds = chrome.feeds.slice(-2);
  return (
    <footer class="site-footer">
      <div class="footer-columns">
        {chrome.nav.length > 0 && (
          <div class="footer-sections">
            <h2>{s.sections}</h2>
            <ul>
              {chrome.nav.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {chrome.footerLinks.length > 0 && (
          <nav aria-label={s.footer} class="footer-nav">
            <h2>{s.footer}</h2>
            <ul>
              {chrome.footerLinks.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div class="footer-feeds">
          <h2>{s.feeds}</h2>
          <ul>
            {feeds.map((f) => (
              <li key={f.href}>
                <a
                  href={f.href}
                  type={f.type === "json" ? "application/feed+json" : "application/atom+xml"}
                >
                  {f.type === "json" ? "JSON Feed" : "Atom"}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p class="copyright">
        © {chrome.year} {chrome.siteTitle}. {s.rights}
      </p>
    </footer>
  );
}
