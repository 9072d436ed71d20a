import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { deployModel } from "../../../src/deploy/deploy-model.ts";
import { nginxConf, quotedPath } from "../../../src/deploy/nginx-conf.ts";
import { deployInput } from "./inputs.ts";

/** nginx.conf parsed back: server-level directives and each location's head and directives. */
function parse(text: string): { top: string[]; locations: Map<string, string[]> } {
  const top: string[] = [];
  const locations = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const open = /^location (.+) \{$/.exec(line);
    if (open) {
      assert.ok(!current, "locations are not nested");
      assert.ok(!locations.has(open[1]!), `one location ${open[1]}`);
      locations.set(open[1]!, (current = []));
    } else if (line === "}") current = undefined;
    else {
      assert.match(line, /;$/, `a directive ends with ;: ${line}`);
      (current ?? top).push(line.slice(0, -1));
    }
  }
  assert.equal(current, undefined, "every block closed");
  return { top, locations };
}

describe("nginx.conf", () => {
  const { top, locations } = parse(nginxConf(deployModel(deployInput())));

  it("should answer a moved URL 301 to its new one and a gone URL 410 with its edition's 404 page", () => {
    assert.ok(
      locations
        .get('= "/news/2023/05/old-slug/"')!
        .includes('return 301 "/news/2023/05/new-slug/"'),
    );
    assert.ok(
      locations
        .get('= "/zh/news/2023/05/渝港/"')!
        .includes('return 301 "/zh/news/2023/05/yu-gang/"'),
      "matched decoded, as nginx normalises the URI",
    );
    const zhGone = locations.get('= "/zh/news/2022/01/removed/"')!;
    assert.ok(zhGone.includes("return 410"));
    assert.ok(zhGone.includes('error_page 410 "/zh/404.html"'));
    assert.ok(locations.get('= "/news/2022/01/removed/"')!.includes('error_page 410 "/404.html"'));
  });

  it("should serve each edition's 404 page for its missing URLs", () => {
    assert.ok(top.includes('error_page 404 "/404.html"'));
    assert.ok(locations.get('^~ "/zh/"')!.includes('error_page 404 "/zh/404.html"'));
  });

  it("should repeat every security header, always, in every location that serves", () => {
    for (const [head, body] of locations) {
      if (body.includes("return 404")) continue;
      const names = body
        .filter((d) => d.startsWith("add_header "))
        .map((d) => {
          assert.match(d, / always$/, d);
          return d.split(" ")[1];
        });
      assert.deepEqual(
        names,
        [
          "Content-Security-Policy",
          "X-Content-Type-Options",
          "Referrer-Policy",
          "Strict-Transport-Security",
          "Permissions-Policy",
          "X-Frame-Options",
          "Cache-Control",
        ],
        head,
      );
    }
  });

  it("should cache a fingerprinted asset for a year and pages briefly", () => {
    const cache = (head: string) =>
      locations.get(head)!.find((d) => d.startsWith("add_header Cache-Control"));
    assert.equal(
      cache('= "/assets/site.0123456789ab.css"'),
      'add_header Cache-Control "public, max-age=31536000, immutable" always',
    );
    assert.equal(
      cache('"/"'),
      'add_header Cache-Control "public, max-age=0, must-revalidate" always',
    );
  });

  it("should match Pagefind's bucket chunks with a regex of one segment per placeholder", () => {
    const chunks = locations.get('~ "^/pagefind/[^/]+/[^/]+/fragment/"');
    assert.ok(
      chunks?.includes('add_header Cache-Control "public, max-age=31536000, immutable" always'),
    );
    assert.ok(locations.has('^~ "/pagefind/index/"'));
  });

  it("should never serve the recipes themselves", () => {
    for (const f of ["nginx.conf", "_headers", "_redirects", "vercel.json"])
      assert.deepEqual(locations.get(`= "/${f}"`), ["return 404"], f);
  });

  it("should refuse a path that could leave its quotes", () => {
    for (const bad of ['/a"b/', "/a$uri/", "/a b/", "/a;b/", "/a\nb/", "a/", "/a\\b/", "/a{b/"])
      assert.throws(() => quotedPath(bad), /unsafe path/, JSON.stringify(bad));
    assert.equal(quotedPath("/zh/新闻/"), '"/zh/新闻/"');
  });
});
