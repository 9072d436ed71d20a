// Unit tests of src/render/formats/feeds.ts: text written by editors reaches feed readers as written.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import type { FeedView } from "../../../../src/collect/feed-model.ts";
import { heldBody } from "../../../../src/content/body.ts";
import { renderAtom } from "../../../../src/render/formats/feeds.ts";

/** Text that looks like markup or entities, as an editor may write it about HTML. */
const TRICKY = "Why &lt;script&gt; tags &amp; AT&T's <b>bold</b> claims &#60;matter&#x3C;";

const FEED: FeedView = {
  path: "/feed.xml",
  size: 20,
  jsonPath: "/feed.json",
  lang: "en",
  title: TRICKY,
  subtitle: TRICKY,
  id: "https://example.org/",
  selfHref: "https://example.org/feed.xml?a=1&b=2",
  alternateHref: "https://example.org/",
  updated: "2024-05-01T10:00:00+08:00",
  jsonHref: "https://example.org/feed.json",
  entries: [
    {
      id: "https://example.org/news/2024/05/x/",
      title: TRICKY,
      href: "https://example.org/news/2024/05/x/",
      published: "2024-05-01T10:00:00+08:00",
      updated: "2024-05-01T10:00:00+08:00",
      summary: TRICKY,
      content: heldBody("<p>AT&amp;T &#x3C;b&#x3E;</p>", "AT&T <b>"),
      authors: [{ name: TRICKY }],
      categories: [TRICKY],
    },
  ],
};

describe("renderAtom", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    processEntities: true,
    htmlEntities: true,
  });
  const doc = parser.parse(renderAtom(FEED)) as {
    feed: {
      title: string;
      subtitle: string;
      link: { "@_href": string }[];
      entry: {
        title: string;
        summary: string;
        content: { "#text": string };
        author: { name: string };
        category: { "@_term": string };
      };
    };
  };

  it("should give every text back exactly as written, entity-shaped parts included", () => {
    const f = doc.feed;
    assert.equal(f.title, TRICKY);
    assert.equal(f.subtitle, TRICKY);
    assert.equal(f.entry.title, TRICKY);
    assert.equal(f.entry.summary, TRICKY);
    assert.equal(f.entry.author.name, TRICKY);
    assert.equal(f.entry.category["@_term"], TRICKY);
  });

  it("should carry the body's HTML unchanged inside the escaped content", () => {
    assert.equal(doc.feed.entry.content["#text"], "<p>AT&amp;T &#x3C;b&#x3E;</p>");
  });

  it("should keep an ampersand in a link's query", () => {
    assert.equal(doc.feed.link[0]!["@_href"], "https://example.org/feed.xml?a=1&b=2");
  });
});
