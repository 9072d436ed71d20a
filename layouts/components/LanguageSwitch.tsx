// Links to the other editions of the current page.
import type { VNode } from "preact";
import type { Link } from "../../src/collect/link.ts";
import { LANGUAGES } from "../../src/routes.ts";

/** `<nav aria-label="Language">` whose links carry `hreflang` and `lang` and name the language. */
export function LanguageSwitch(props: { label: string; links: Link[] }): VNode | null {
  if (props.links.length === 0) return null;
  return (
    <nav aria-label={props.label} class="language-switch">
      <ul>
        {props.links.map((link) => {
          const lang = link.lang ? LANGUAGES[link.lang] : undefined;
          return (
            <li key={link.href}>
              <a href={link.href} hreflang={lang?.hreflang} lang={lang?.html}>
                {lang ? lang.name : link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
