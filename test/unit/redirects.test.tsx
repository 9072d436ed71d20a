// Tests for src/collect/redirects.ts (through collectSite), src/content/redirects-lock.ts,
// src/build/redirects.ts and layouts/Redirect.tsx (F-ED-14, F-ED-13, F-BLD-8).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { RedirectLayout } from "../../layouts/Redirect.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { markGone, syncRedirectsLock } from "../../src/publish/redirects-lock.ts";
import { collectSite, type CollectResult } from "../../src/collect/site-data.ts";
import { parseRedirectsLock, renderRedirectsLock } from "../../src/content/redirects-lock.ts";
import { slugify, tagKey } from "../../src/content/slugs.ts";
import { suggest } from "../../src/content/suggest.ts";
import type { Article } from "../../src/content/article.ts";
import type { RedirectsLock } from "../../src/content/redirects-lock.ts";
import type { SiteConfig } from "../../src/content/site-config.ts";
import type { Stamp } from "../../src/content/values.ts";

const CONFIG: SiteConfig = {
  title: "Test Daily",
  description: "",
  baseUrl: "https://news.example.org/",
  timeZone: "Asia/Shanghai",
  languages: ["en"],
  sections: [{ id: "news", title: "News" }],
  pageSize: 20,
  slugStyle: "pinyin",
  commentsNotice: "",
};

const stamp = (iso: string): Stamp => ({
  iso,
  ms: Date.parse(iso),
  dateOnly: false,
  display: iso,
  ymd: iso.slice(0, 10),
});

function art(id: string, slug: string, extra: Partial<Article> = {}): Article {
  return {
    source: `articles/${slug}.md`,
    id,
    lang: "en",
    title: `Story ${slug}`,
    date: stamp("2023-05-13T02:08:25+08:00"),
    section: "news",
    tags: [],
    authors: [],
    featured: false,
    draft: false,
    slug,
    corrections: [],
    bodyHtml: "<p>x</p>",
    bodyText: "x",
    media: [],
    ...extra,
  };
}

function lock(entries: Record<string, { urls: string[]; gone?: boolean }>): RedirectsLock {
  return {
    articles: new Map(
      Object.entries(entries).map(([k, v]) => [k, { urls: v.urls, gone: v.gone ?? false }]),
    ),
  };
}

function collect(articles: Article[], redirectsLock?: RedirectsLock): CollectResult {
  return collectSite({
    config: CONFIG,
    authors: [],
    now: stamp("2024-06-01T12:00:00+08:00"),
    preview: false,
    contentDisplay: "content",
    deps: { slugify, tagKey, suggest },
    articles,
    pages: [],
    redirectsLock,
  });
}

const text = (r: CollectResult, p: string) => r.site.textFiles.find((f) => f.path === p)?.body;

describe("redirects from redirects.lock", () => {
  it("should redirect an old URL to the new one after a slug change, and extend the lock", () => {
    const r = collect(
      [art("01HZX3K8T9Q2M4N6P8R0S2T4V6", "new-slug")],
      lock({ "01HZX3K8T9Q2M4N6P8R0S2T4V6": { urls: ["/news/2023/05/old-slug/"] } }),
    );
    assert.deepEqual(r.errors, []);
    assert.equal(text(r, "/_redirects"), "/news/2023/05/old-slug/ /news/2023/05/new-slug/ 301\n");
    assert.deepEqual(JSON.parse(text(r, "/vercel.json")!), {
      redirects: [
        {
          source: "/news/2023/05/old-slug/",
          destination: "/news/2023/05/new-slug/",
          permanent: true,
        },
      ],
    });
    assert.deepEqual(
      r.site.redirectPages.map((p) => [p.path, p.target]),
      [["/news/2023/05/old-slug/", "https://news.example.org/news/2023/05/new-slug/"]],
    );
    assert.equal(r.redirects?.changed, true);
    assert.equal(r.redirects?.stale, true, "a moved URL is what CI must refuse");
    assert.deepEqual(r.redirects?.lock.articles.get("01HZX3K8T9Q2M4N6P8R0S2T4V6")?.urls, [
      "/news/2023/05/old-slug/",
      "/news/2023/05/new-slug/",
    ]);
  });

  it("should fail E_GONE_UNDECLARED when a listed article disappears, and answer 410 once it is marked gone", () => {
    const removed = collect(
      [art("a", "kept")],
      lock({ a: { urls: ["/news/2023/05/kept/"] }, b: { urls: ["/news/2023/05/removed/"] } }),
    );
    assert.deepEqual(
      removed.errors.map((e) => [e.code, e.file]),
      [["E_GONE_UNDECLARED", "content/redirects.lock"]],
    );
    assert.match(removed.errors[0]!.hint, /npm run news -- gone b/);
    const gone = collect(
      [art("a", "kept")],
      lock({
        a: { urls: ["/news/2023/05/kept/"] },
        b: { urls: ["/news/2023/05/removed/"], gone: true },
      }),
    );
    assert.deepEqual(gone.errors, []);
    assert.equal(text(gone, "/_redirects"), "/news/2023/05/removed/ /404.html 410\n");
    assert.equal(gone.redirects?.changed, false);
  });

  it("should list an expired article's URL as 410", () => {
    const r = collect(
      [art("a", "offer", { expires: stamp("2024-01-01T00:00:00+08:00") })],
      lock({ a: { urls: ["/news/2023/05/offer/"] } }),
    );
    assert.equal(text(r, "/_redirects"), "/news/2023/05/offer/ /404.html 410\n");
  });

  it("should add new articles to the lock and do nothing at all without a lock", () => {
    const added = collect([art("a", "one")], lock({}));
    assert.equal(added.redirects?.changed, true);
    assert.equal(added.redirects?.stale, false, "a first publication does not block CI");
    const none = collect([art("a", "one")]);
    assert.equal(none.redirects, undefined);
    assert.equal(text(none, "/_redirects"), undefined);
    assert.deepEqual(none.site.redirectPages, []);
  });
});

describe("redirects.lock file", () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
  const source = (t: string) => ({
    path: "redirects.lock",
    displayPath: "content/redirects.lock",
    bytes: new TextEncoder().encode(t),
  });

  it("should round-trip and refuse unsafe paths", () => {
    const l = lock({
      b: { urls: ["/news/2023/05/x/"] },
      a: { urls: ["/zh/news/2023/05/y/"], gone: true },
    });
    const parsed = parseRedirectsLock(source(renderRedirectsLock(l)));
    assert.ok(parsed.ok && parsed.lock);
    assert.deepEqual([...parsed.lock.articles], [...l.articles].sort());
    for (const bad of ["/../etc/", "/a\\\\b/", "news/", "/a/b", "/a/%2e%2e/"]) {
      const r = parseRedirectsLock(source(JSON.stringify({ articles: { a: { urls: [bad] } } })));
      assert.ok(!r.ok, bad);
      assert.equal(r.errors[0]!.code, "E_LOCK_INVALID");
    }
  });

  it("should write the lock locally, and in CI fail E_LOCK_STALE without touching it", async () => {
    const dir = tmp();
    const file = path.join(dir, "redirects.lock");
    const moved = lock({ a: { urls: ["/news/2023/05/old/"] } });
    fs.writeFileSync(file, renderRedirectsLock(moved));
    const before = fs.readFileSync(file, "utf8");
    const r = collect([art("a", "one")], moved);
    const ci = await syncRedirectsLock(r, {
      contentDir: dir,
      ci: true,
      write: true,
    });
    assert.deepEqual(
      ci.map((e) => e.code),
      ["E_LOCK_STALE"],
    );
    assert.equal(fs.readFileSync(file, "utf8"), before);
    const local = await syncRedirectsLock(r, {
      contentDir: dir,
      ci: false,
      write: true,
    });
    assert.deepEqual(local, []);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, "utf8")), {
      articles: { a: { urls: ["/news/2023/05/old/", "/news/2023/05/one/"] } },
    });
  });

  it("should mark an id gone with markGone, and refuse an unknown id", async () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, "redirects.lock"),
      renderRedirectsLock(lock({ a: { urls: ["/news/2023/05/one/"] } })),
    );
    assert.ok((await markGone(dir, "a")).ok);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, "redirects.lock"), "utf8")), {
      articles: { a: { urls: ["/news/2023/05/one/"], gone: true } },
    });
    const unknown = await markGone(dir, "zzz");
    assert.ok(!unknown.ok && unknown.error.code === "E_LOCK_UNKNOWN_ID");
  });
});

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
