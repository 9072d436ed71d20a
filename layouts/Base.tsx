// The frame of every page: head metadata, skip link, header, main landmark and footer.
import type { ComponentChildren, VNode } from "preact";
import type { PageChrome } from "../src/collect/chrome.ts";
import { stringsFor } from "../src/strings.ts";
import { INLINE_SCRIPTS } from "./inline-scripts.ts";
import { Banner } from "./components/Banner.tsx";
import { JsonLd } from "./components/JsonLd.tsx";
import { SocialMeta } from "./components/SocialMeta.tsx";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { SiteHeader } from "./components/SiteHeader.tsx";
import { SkipLink } from "./components/SkipLink.tsx";

/** An extra `<link>` in the head, e.g. a list page's `rel="prev"`/`rel="next"`. */
export interface HeadLink {
  rel: string;
  href: string;
}

/**
 * Wraps a layout's content in the full HTML document. Its scripts: the theme script (inline,
 * registered in `inline-scripts.ts` so the CSP hashes it; it sets `data-theme` before first paint),
 * the deferred first-party `site.js`, and JSON-LD data blocks.
 */
export function Base(props: {
  chrome: PageChrome;
  headLinks?: HeadLink[];
  children?: ComponentChildren;
}): VNode {
  const { chrome } = props;
  const s = stringsFor(chrome.lang);
  return (
    <html lang={chrome.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <script dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.theme! }} />
        <title>{chrome.title}</title>
        <meta name="description" content={chrome.description} />
        {chrome.noindex && <meta name="robots" content={chrome.robots ?? "noindex"} />}
        <link rel="canonical" href={chrome.canonical} />
        {chrome.alternates.map((alt) => (
          <link key={alt.hreflang} rel="alternate" hreflang={alt.hreflang} href={alt.href} />
        ))}
        {chrome.feeds.map((feed) => (
          <link
            key={feed.href}
            rel="alternate"
            type={feed.type === "json" ? "application/feed+json" : "application/atom+xml"}
            title={feed.title}
            href={feed.href}
          />
        ))}
        {(props.headLinks ?? []).map((link) => (
          <link key={link.rel + link.href} rel={link.rel} href={link.href} />
        ))}
        <link rel="icon" type="image/svg+xml" href={chrome.assets.favicon} />
        <link rel="stylesheet" href={chrome.assets.css} />
        <script src={chrome.assets.js} defer />
        {chrome.social && <SocialMeta social={chrome.social} />}
        {(chrome.structuredData ?? []).map((data, i) => (
          <JsonLd key={i} data={data} />
        ))}
      </head>
      <body>
        <SkipLink lang={chrome.lang} />
        {chrome.preview && <Banner kind="preview" text={s.previewBanner} />}
        <SiteHeader chrome={chrome} />
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}
