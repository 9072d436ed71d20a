// Renders an Atom 1.0 feed (RFC 4287) with an escaping XML builder; dates keep the site offset.
import { create } from "xmlbuilder2";
import { LANGUAGES } from "../../routes.ts";
import { entryHtml, type FeedView } from "../../collect/feed-model.ts";
import { literal } from "./literal.ts";

/** The Atom XML of a feed. */
export function renderAtom(feed: FeedView): string {
  const root = create({ version: "1.0", encoding: "utf-8" }).ele(
    "http://www.w3.org/2005/Atom",
    "feed",
    {
      "xml:lang": LANGUAGES[feed.lang].html,
    },
  );
  root.ele("id").txt(literal(feed.id));
  root.ele("title").txt(literal(feed.title));
  if (feed.subtitle) root.ele("subtitle").txt(literal(feed.subtitle));
  root.ele("updated").txt(literal(feed.updated));
  root.ele("link", { rel: "self", type: "application/atom+xml", href: literal(feed.selfHref) });
  root.ele("link", { rel: "alternate", type: "text/html", href: literal(feed.alternateHref) });
  root.ele("generator").txt(literal("Broadsheet"));
  for (const e of feed.entries) {
    const entry = root.ele("entry");
    entry.ele("id").txt(literal(e.id));
    entry.ele("title").txt(literal(e.title));
    entry.ele("link", { rel: "alternate", type: "text/html", href: literal(e.href) });
    entry.ele("published").txt(literal(e.published));
    entry.ele("updated").txt(literal(e.updated));
    const authors = e.authors.length ? e.authors : [{ name: feed.title }];
    for (const a of authors) {
      const author = entry.ele("author");
      author.ele("name").txt(literal(a.name));
      if ("uri" in a && a.uri) author.ele("uri").txt(literal(a.uri));
    }
    for (const c of e.categories) entry.ele("category", { term: literal(c) });
    entry.ele("summary").txt(literal(e.summary));
    entry.ele("content", { type: "html", "xml:base": literal(e.href) }).txt(literal(entryHtml(e)));
  }
  return root.end({ prettyPrint: true }) + "\n";
}
