// The page left at an article's old URL: an immediate meta refresh, a canonical link to
// the new URL for search engines, and a plain link for everyone else. No script.
import type { VNode } from "preact";
import { LANGUAGES } from "../src/routes.ts";
import type { RedirectPageView } from "../src/collect/redirects.ts";
import { stringsFor } from "../src/strings.ts";

/** A minimal document that sends readers and crawlers to `view.target`. */
export function RedirectLayout(props: { view: RedirectPageView }): VNode {
  const { view } = props;
  const s = stringsFor(view.lang);
  return (
    <html lang={LANGUAGES[view.lang].html}>
      <head>
        <meta charset="utf-8" />
        <title>{view.title}</title>
        <meta http-equiv="refresh" content={`0; url=${view.target}`} />
        <link rel="canonical" href={view.target} />
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="main">
          <p>
            {s.movedTo} <a href={view.targetHref}>{view.title}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
