import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { deployModel } from "../../../src/deploy/deploy-model.ts";
import { deployInput } from "./inputs.ts";

describe("deploy model", () => {
  it("should list the editions default first, each with its own 404 page", () => {
    assert.deepEqual(deployModel(deployInput()).editions, [
      { prefix: "/", notFound: "/404.html" },
      { prefix: "/zh/", notFound: "/zh/404.html" },
    ]);
  });

  it("should give each gone URL its edition's 404 page, and keep moves sorted and decoded", () => {
    const m = deployModel(deployInput());
    assert.deepEqual(m.gone, [
      { href: "/news/2022/01/removed/", path: "/news/2022/01/removed/", notFound: "/404.html" },
      {
        href: "/zh/news/2022/01/removed/",
        path: "/zh/news/2022/01/removed/",
        notFound: "/zh/404.html",
      },
    ]);
    assert.deepEqual(
      m.moves.map((x) => [x.fromPath, x.from, x.to]),
      [
        ["/news/2023/05/old-slug/", "/news/2023/05/old-slug/", "/news/2023/05/new-slug/"],
        [
          "/zh/news/2023/05/渝港/",
          "/zh/news/2023/05/%E6%B8%9D%E6%B8%AF/",
          "/zh/news/2023/05/yu-gang/",
        ],
      ],
    );
  });

  it("should put the base path on every path", () => {
    const m = deployModel(deployInput("https://example.org/news/"));
    assert.equal(m.base, "/news/");
    assert.deepEqual(
      m.editions.map((e) => [e.prefix, e.notFound]),
      [
        ["/news/", "/news/404.html"],
        ["/news/zh/", "/news/zh/404.html"],
      ],
    );
    assert.ok(m.cache.every((r) => r.path.startsWith("/news/")));
    assert.equal(m.gone[1]!.notFound, "/news/zh/404.html");
    assert.equal(m.moves[0]!.fromPath, "/news/news/2023/05/old-slug/");
  });
});
