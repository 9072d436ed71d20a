// Tests for src/collect/path-collisions.ts: outputs a case-folding, normalising disk sees as one.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findPathCollisions, pathKey } from "../../../src/collect/path-collisions.ts";
import { collectSite } from "../../../src/collect/site-data.ts";
import type { SiteData } from "../../../src/collect/site.ts";
import { collectInput, sampleArticles } from "../../helpers/collect.ts";
import { heldBody } from "../../../src/content/body.ts";

const shown = (source: string) => `content/${source}`;

/** The sample site's model (no collisions of its own). */
function site(): SiteData {
  const s = sampleArticles();
  return collectSite(collectInput([s.typhoonEn, s.metroEn])).site;
}

describe("pathKey", () => {
  it("should fold case and Unicode normalisation as macOS and Windows do", () => {
    assert.equal(pathKey("/Tags/Café/"), pathKey("/tags/cafe\u0301/"));
    assert.equal(pathKey("/NEWS/"), "/news/");
    assert.equal(pathKey("ſ"), pathKey("s"));
    assert.equal(pathKey("ſ"), "s");
    assert.notEqual(pathKey("/news/a/"), pathKey("/news/b/"));
  });
});

describe("findPathCollisions", () => {
  it("should find nothing in a site whose paths all differ", () => {
    assert.deepEqual(findPathCollisions(site(), shown), []);
  });

  it("should name the article's file when it clashes with a generated page", () => {
    const s = site();
    const tagPage = s.listPages.find((p) => p.kind === "tag")!;
    assert.equal(tagPage.path, "/tags/transport/");
    tagPage.path = "/tags/café/";
    s.articlePages.push({
      ...s.articlePages[0]!,
      path: "/Tags/Cafe\u0301/",
      source: "articles/cafe.md",
    });
    assert.deepEqual(findPathCollisions(s, shown), [
      {
        file: "content/articles/cafe.md",
        line: 1,
        col: 1,
        code: "E_PATH_COLLISION",
        message: "/tags/café/ is claimed twice (generated tag page)",
        hint: "give one of them another slug (front matter `slug:`), section id or file name",
      },
    ]);
  });

  it("should name both files when an article and a plain page clash", () => {
    const s = site();
    s.plainPages.push({
      path: "/NEWS/2024/05/TYPHOON-SIGNAL/",
      source: "pages/typhoon.md",
      title: "Typhoon",
      body: heldBody("", ""),
      chrome: s.articlePages[0]!.view().chrome,
    });
    const errors = findPathCollisions(s, shown);
    assert.deepEqual(
      errors.map((e) => [e.file, e.message]),
      [
        [
          "content/pages/typhoon.md",
          "/NEWS/2024/05/TYPHOON-SIGNAL/ is claimed twice (content/articles/2024/typhoon-signal.md)",
        ],
      ],
    );
  });

  it("should blame redirects.lock when an old URL needs a generated file as its folder", () => {
    const s = site();
    const target = { target: "https://x/", targetHref: "/a/", title: "A", lang: "en" as const };
    s.redirectPages.push(
      { ...target, path: "/feed.xml/" },
      { ...target, path: "/Assets/Logo.png/" },
    );
    assert.deepEqual(
      findPathCollisions(s, shown).map((e) => [e.file, e.message]),
      [
        [
          "content/redirects.lock",
          "/feed.xml/ needs the folder /feed.xml/, a file (generated /feed.xml)",
        ],
        [
          "content/redirects.lock",
          "/Assets/Logo.png/ needs the folder /assets/logo.png/, a file (asset /assets/logo.png)",
        ],
      ],
    );
  });

  it("should blame redirects.lock for an old URL claimed twice or landing on media", () => {
    const s = site();
    const r = { target: "https://x/", title: "A", lang: "en" as const };
    s.media.push({
      source: "media/a.png",
      path: "/media/a.0123456789ab.png",
      sha256: "",
      format: "png",
      width: 1,
      height: 1,
    });
    s.redirectPages.push(
      { ...r, targetHref: "/a/", path: "/old/" },
      { ...r, targetHref: "/b/", path: "/OLD/" },
      { ...r, targetHref: "/b/", path: "/media/a.0123456789ab.png/" },
    );
    assert.deepEqual(
      findPathCollisions(s, shown).map((e) => [e.file, e.message]),
      [
        [
          "content/redirects.lock",
          "/OLD/ is claimed twice (content/redirects.lock: redirect to /a/)",
        ],
        [
          "content/redirects.lock",
          "/media/a.0123456789ab.png/ needs the folder /media/a.0123456789ab.png/, a file (content/media/a.png)",
        ],
      ],
    );
  });

  it("should never report two generated pages", () => {
    const s = site();
    const [a, b] = s.listPages.filter((p) => p.kind === "author");
    b!.path = a!.path.toUpperCase();
    s.feeds.push({ ...s.feeds[0]! });
    assert.deepEqual(findPathCollisions(s, shown), []);
  });
});
