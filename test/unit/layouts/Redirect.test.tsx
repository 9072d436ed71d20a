// Tests for layouts/Redirect.tsx: the page left at an article's old URL.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parse } from "node-html-parser";
import { RedirectLayout } from "../../../layouts/Redirect.tsx";
import { renderPage } from "../../../layouts/render.tsx";

describe("RedirectLayout", () => {
  it("should refresh to the new URL at once, with rel=canonical to it and no script", () => {
    const doc = parse(
      renderPage(
        <RedirectLayout
          view={{
            path: "/news/2023/05/old/",
            target: "https://news.example.org/news/2023/05/new/",
            targetHref: "/news/2023/05/new/",
            title: "A story",
            lang: "en",
          }}
        />,
      ),
    );
    assert.equal(
      doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"),
      "0; url=https://news.example.org/news/2023/05/new/",
    );
    assert.equal(
      doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      "https://news.example.org/news/2023/05/new/",
    );
    assert.equal(doc.querySelector("main a")?.getAttribute("href"), "/news/2023/05/new/");
    assert.equal(doc.querySelectorAll("script").length, 0);
  });
});
