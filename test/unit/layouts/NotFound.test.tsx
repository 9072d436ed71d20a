// Tests for layouts/NotFound.tsx: the 404 page of each edition.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { NotFoundView } from "../../../src/collect/plain-pages.ts";
import { NotFoundLayout } from "../../../layouts/NotFound.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { card, chrome, doc, one, text } from "./views.ts";

describe("NotFoundLayout", () => {
  it("should render a localised 404 with a link home", () => {
    const view: NotFoundView = {
      path: "/zh/404.html",
      chrome: chrome({ lang: "zh", homeHref: "/zh/" }),
    };
    const root = doc(renderPage(<NotFoundLayout view={view} />));
    assert.equal(text(one(root, "main h1")), "页面未找到");
    assert.equal(one(root, 'main a[href="/zh/"]').text, "返回首页");
    assert.equal(one(root, "html").getAttribute("lang"), "zh-CN");
  });

  it("should offer a search box to the edition's search page and the latest headlines", () => {
    const view: NotFoundView = {
      path: "/zh/404.html",
      chrome: chrome({ lang: "zh", homeHref: "/zh/" }),
      latest: [card(1, "zh"), card(2, "zh")],
    };
    const main = one(doc(renderPage(<NotFoundLayout view={view} />)), "main");
    const form = one(main, 'form[role="search"]');
    assert.equal(form.getAttribute("action"), "/zh/search/");
    assert.equal(form.getAttribute("method"), "get");
    const input = one(form, 'input[name="q"]');
    assert.equal(one(form, `label[for="${input.getAttribute("id")}"]`).text, "搜索文章");
    assert.equal(text(one(main, "section.latest h2")), "最新标题");
    assert.deepEqual(
      main.querySelectorAll("section.latest .card-title a").map((a) => a.getAttribute("href")),
      ["/news/2023/05/story-1/", "/news/2023/05/story-2/"],
    );
  });
});
