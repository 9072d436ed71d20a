// Tests for layouts/Page.tsx: a plain page (about, contact).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { PlainPageView } from "../../../src/collect/plain-pages.ts";
import { PageLayout } from "../../../layouts/Page.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { chrome, doc, one, text } from "./views.ts";
import { heldBody } from "../../../src/content/body.ts";

describe("PageLayout", () => {
  it("should render a plain page's title and sanitized body", () => {
    const view: PlainPageView = {
      path: "/about/",
      source: "pages/about.md",
      chrome: chrome(),
      title: "About us",
      body: heldBody("<h2>Who</h2><p>We are.</p>", ""),
    };
    const root = doc(renderPage(<PageLayout view={view} />));
    assert.equal(text(one(root, "main h1")), "About us");
    assert.equal(text(one(root, "main .page-body h2")), "Who");
  });
});
