// Tests for src/collect/redirects.ts: the redirects a build plans from redirects.lock, through
// collectSite (as the build runs it) and through planRedirects directly (base path, live paths,
// statuses, ordering).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { planRedirects } from "../../../src/collect/redirects.ts";
import { collectSite, type CollectResult } from "../../../src/collect/site-data.ts";
import type { Article } from "../../../src/content/article.ts";
import type { RedirectsLock } from "../../../src/content/redirects-lock.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import { ARTICLE_SITE, makeArticle, makeStamp } from "../../helpers/article.ts";
import { DEPS, siteContext } from "../../helpers/collect.ts";

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

const stamp = makeStamp;

/** An article at `/news/2023/05/<slug>/`, its URLs computed for `site` (default: CONFIG's). */
function art(
  id: string,
  slug: string,
  extra: Partial<Article> = {},
  site: Pick<SiteConfig, "baseUrl" | "languages"> = CONFIG,
): Article {
  const fields = { id, slug, title: `Story ${slug}`, source: `articles/${slug}.md` };
  return makeArticle({ ...fields, date: stamp("2023-05-13T02:08:25+08:00"), ...extra }, site);
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
    deps: DEPS,
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
    assert.equal(text(r, "/vercel.json"), undefined, "vercel.json is the deploy stage's");
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
    assert.deepEqual(gone.redirects?.gone, ["/news/2023/05/removed/"]);
  });

  it("should list an expired article's URL as 410", () => {
    const r = collect(
      [art("a", "offer", { expires: stamp("2024-01-01T00:00:00+08:00"), status: "expired" })],
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

describe("planRedirects", () => {
  const ctx = siteContext();
  /** An article with its URLs on the fixture site (`https://example.org/news/`). */
  const at = (id: string, slug: string, extra: Partial<Article> = {}) =>
    art(id, slug, extra, ARTICLE_SITE);
  const plan = (l: RedirectsLock, articles: Article[], live: string[] = []) =>
    planRedirects(ctx, l, articles, new Set(live));
  const body = (p: ReturnType<typeof plan>, file: string) =>
    p.textFiles.find((f) => f.path === file)?.body;

  it("should write base-path links and absolute targets for a moved Chinese article", () => {
    const zh = at("z", "yu-gang", { lang: "zh", title: "渝港合作" });
    const p = plan(lock({ z: { urls: ["/zh/news/2023/05/old/"] } }), [zh]);
    assert.equal(
      body(p, "/_redirects"),
      "/news/zh/news/2023/05/old/ /news/zh/news/2023/05/yu-gang/ 301\n",
    );
    assert.deepEqual(p.pages, [
      {
        path: "/zh/news/2023/05/old/",
        target: "https://example.org/news/zh/news/2023/05/yu-gang/",
        targetHref: "/news/zh/news/2023/05/yu-gang/",
        title: "渝港合作",
        lang: "zh",
      },
    ]);
  });

  it("should leave out a redirect whose old URL a live page took over, but keep it in the lock", () => {
    const p = plan(
      lock({ a: { urls: ["/news/2023/05/old/"] } }),
      [at("a", "new")],
      ["/news/2023/05/old/"],
    );
    assert.deepEqual(p.pages, []);
    assert.equal(body(p, "/_redirects"), "");
    assert.deepEqual(p.lock.articles.get("a")?.urls, ["/news/2023/05/old/", "/news/2023/05/new/"]);
  });

  it("should move a URL back to the end of the history when an article returns to it", () => {
    const p = plan(lock({ a: { urls: ["/news/2023/05/first/", "/news/2023/05/second/"] } }), [
      at("a", "first"),
    ]);
    assert.deepEqual(p.lock.articles.get("a")?.urls, [
      "/news/2023/05/second/",
      "/news/2023/05/first/",
    ]);
    assert.equal(
      body(p, "/_redirects"),
      "/news/news/2023/05/second/ /news/news/2023/05/first/ 301\n",
    );
    assert.equal(p.stale, true);
  });

  it("should keep drafts and pending articles in the lock untouched, and send expired ones to 410", () => {
    const l = lock({
      d: { urls: ["/news/2023/05/draft/"] },
      p: { urls: ["/news/2023/05/pending/"] },
      e: { urls: ["/news/2023/05/expired/"] },
    });
    const p = plan(l, [
      at("d", "draft-2", { status: "draft" }),
      at("p", "pending-2", { status: "pending" }),
      at("e", "expired-2", { status: "expired" }),
    ]);
    assert.equal(body(p, "/_redirects"), "/news/news/2023/05/expired/ /news/404.html 410\n");
    assert.deepEqual(p.pages, []);
    assert.equal(p.changed, false);
    assert.equal(p.stale, false);
    assert.deepEqual(p.errors, []);
  });

  it("should sort redirects by old path and list each gone URL once", () => {
    const p = plan(
      lock({
        b: { urls: ["/news/2023/05/b-old/"] },
        a: { urls: ["/news/2023/05/a-old/"] },
        g: { urls: ["/news/2023/01/z/", "/news/2023/01/y/", "/news/2023/01/z/"], gone: true },
      }),
      [at("b", "b-new"), at("a", "a-new")],
    );
    assert.deepEqual(body(p, "/_redirects")!.split("\n"), [
      "/news/news/2023/05/a-old/ /news/news/2023/05/a-new/ 301",
      "/news/news/2023/05/b-old/ /news/news/2023/05/b-new/ 301",
      "/news/news/2023/01/y/ /news/404.html 410",
      "/news/news/2023/01/z/ /news/404.html 410",
      "",
    ]);
  });

  it("should write empty host files and report no change for an empty lock and no articles", () => {
    const p = plan(lock({}), []);
    assert.equal(body(p, "/_redirects"), "");
    assert.deepEqual([p.changed, p.stale, p.pages, p.gone, p.errors], [false, false, [], [], []]);
  });
});
