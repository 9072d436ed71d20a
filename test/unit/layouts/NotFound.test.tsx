// Tests for layouts/NotFound.tsx: the 404 page of each edition.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { NotFoundView } from "../../../src/collect/plain-pages.ts";
import { NotFoundLayout } from "../../../layouts/NotFound.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { chrome, doc, one, text } from "./views.ts";

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
});
