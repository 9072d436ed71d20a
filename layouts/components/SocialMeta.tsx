// Open Graph and Twitter card tags of a page.
import type { VNode } from "preact";
import type { SocialMeta as Social } from "../../src/collect/chrome.ts";

/** `og:*`, `article:*` and `twitter:*` meta tags; a large-image card when the page has an image. */
export function SocialMeta(props: { social: Social }): VNode {
  const s = props.social;
  const og = (property: string, content: string | number | undefined) =>
    content === undefined || content === "" ? null : (
      <meta key={property + content} property={property} content={String(content)} />
    );
  return (
    <>
      {og("og:type", s.type)}
      {og("og:site_name", s.siteName)}
      {og("og:title", s.title)}
      {og("og:description", s.description)}
      {og("og:url", s.url)}
      {og("og:locale", s.locale)}
      {s.alternateLocales.map((l) => og("og:locale:alternate", l))}
      {s.image && (
        <>
          {og("og:image", s.image.url)}
          {og("og:image:width", s.image.width)}
          {og("og:image:height", s.image.height)}
          {og("og:image:alt", s.image.alt)}
        </>
      )}
      {og("article:published_time", s.publishedTime)}
      {og("article:modified_time", s.modifiedTime)}
      {og("article:section", s.section)}
      {s.tags.map((t) => og("article:tag", t))}
      <meta name="twitter:card" content={s.image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={s.title} />
      {s.description && <meta name="twitter:description" content={s.description} />}
      {s.image && <meta name="twitter:image" content={s.image.url} />}
      {s.image && s.image.alt && <meta name="twitter:image:alt" content={s.image.alt} />}
    </>
  );
}
