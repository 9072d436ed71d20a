// Collect-stage fixtures: a bilingual site under /news/, its authors, deps and six articles.
import type { CollectInput } from "../../src/collect/site-data.ts";
import { makeContext, type CollectOptions, type SiteContext } from "../../src/collect/context.ts";
import type { CollectDeps } from "../../src/collect/deps.ts";
import type { Article } from "../../src/content/article.ts";
import type { AuthorConfig } from "../../src/content/authors.ts";
import type { SiteConfig } from "../../src/content/site-config.ts";
import { slugify, tagKey } from "../../src/content/slugs.ts";
import { suggest } from "../../src/content/suggest.ts";
import { makeArticle, makeMedia, makeStamp } from "./article.ts";

/** The real text functions of src/content, as the build injects them. */
export const DEPS: CollectDeps = { slugify, tagKey, suggest };

/** The build clock of every fixture: 2 May 2024, noon in the site zone. */
export const NOW = makeStamp("2024-05-02T12:00:00+08:00");

/** authors.yaml: one bilingual author with a bio, one plain. */
export const AUTHORS: AuthorConfig[] = [
  { id: "li-ming", name: { en: "Li Ming", zh: "李明" }, bio: "Weather reporter." },
  { id: "wang-fang", name: "Wang Fang" },
];

/** A validated site.yaml: English default, Chinese at `/zh/`, served under `/news/`. */
export function siteConfig(over: Partial<SiteConfig> = {}): SiteConfig {
  return {
    title: { en: "Mountain City Daily", zh: "山城日报" },
    description: { en: "News from Chongqing", zh: "重庆新闻" },
    baseUrl: "https://example.org/news/",
    timeZone: "Asia/Shanghai",
    languages: ["en", "zh"],
    sections: [
      { id: "news", title: { en: "News", zh: "新闻" } },
      { id: "business", title: { en: "Business", zh: "财经" } },
    ],
    pageSize: 20,
    slugStyle: "pinyin",
    commentsNotice: "",
    ...over,
  };
}

/** The collect options of `siteConfig(config)` at `NOW`, not a preview. */
export function collectOptions(
  config: Partial<SiteConfig> = {},
  over: Partial<Omit<CollectOptions, "config">> = {},
): CollectOptions {
  return {
    config: siteConfig(config),
    authors: AUTHORS,
    now: NOW,
    preview: false,
    contentDisplay: "content",
    deps: DEPS,
    ...over,
  };
}

/** The shared context of one collect run over `siteConfig(config)`. */
export function siteContext(
  config: Partial<SiteConfig> = {},
  over: Partial<Omit<CollectOptions, "config">> = {},
): SiteContext {
  return makeContext(collectOptions(config, over));
}

/** The input of `collectSite`: `articles`, no plain pages, the fixture site. */
export function collectInput(
  articles: readonly Article[],
  over: Partial<Omit<CollectInput, "articles">> = {},
): CollectInput {
  return { ...collectOptions(), articles, pages: [], ...over };
}

/**
 * An article whose lists are located as a block list would be: `authors.i` on line 6 + i, col 5;
 * `tags.i` on line 10 + i, col 5; `translationKey` on line 5, col 17.
 */
export function located(over: Partial<Article>): Article {
  const fieldAt: Article["fieldAt"] = {
    title: { line: 2, col: 8 },
    date: { line: 3, col: 7 },
    section: { line: 4, col: 10 },
  };
  if (over.translationKey !== undefined) fieldAt.translationKey = { line: 5, col: 17 };
  (over.authors ?? []).forEach((_, i) => (fieldAt[`authors.${i}`] = { line: 6 + i, col: 5 }));
  (over.tags ?? []).forEach((_, i) => (fieldAt[`tags.${i}`] = { line: 10 + i, col: 5 }));
  return makeArticle({ fieldAt, ...over });
}

/** The media of the sample site: the metro story's hero, and body images of hidden articles. */
export const SAMPLE_MEDIA = {
  metroHero: makeMedia("media/metro.jpg", "/media/metro.0123456789ab.jpg"),
  draftBody: makeMedia("media/budget.png", "/media/budget.111111111111.png"),
  expiredBody: makeMedia("media/fair.jpg", "/media/fair.222222222222.jpg"),
};

/**
 * Six articles at `NOW`: three published (two English, one Chinese, in `news`), an English draft and
 * an expired English story in `business`, a pending Chinese one in `business`.
 */
export function sampleArticles() {
  const typhoonEn = located({
    source: "articles/2024/typhoon-signal.md",
    title: "Typhoon signal raised",
    date: makeStamp("2024-05-01T10:00:00+08:00"),
    slug: "typhoon-signal",
    tags: ["Weather", "Typhoon"],
    authors: ["li-ming"],
    translationKey: "typhoon-2024",
  });
  const metroEn = located({
    source: "articles/2024/metro-line.md",
    title: "Metro line 18 opens",
    date: makeStamp("2024-04-20T09:00:00+08:00"),
    slug: "metro-line",
    tags: ["weather", "Transport"],
    authors: ["wang-fang"],
    image: { media: SAMPLE_MEDIA.metroHero, alt: "A train at the platform", decorative: false },
  });
  const typhoonZh = located({
    source: "articles/2024/tai-feng.md",
    lang: "zh",
    title: "台风信号发出",
    date: makeStamp("2024-05-01T11:00:00+08:00"),
    slug: "tai-feng",
    tags: ["weather", "台风"],
    authors: ["li-ming"],
    translationKey: "typhoon-2024",
  });
  const draftEn = located({
    source: "articles/2024/budget.md",
    title: "Budget draft",
    date: makeStamp("2024-04-25T08:00:00+08:00"),
    section: "business",
    slug: "budget",
    draft: true,
    status: "draft",
    media: [SAMPLE_MEDIA.draftBody],
  });
  const pendingZh = located({
    source: "articles/2024/gang-kou.md",
    lang: "zh",
    title: "港口出口增长",
    date: makeStamp("2024-05-03T08:00:00+08:00"),
    section: "business",
    slug: "gang-kou",
    status: "pending",
  });
  const expiredEn = located({
    source: "articles/2024/trade-fair.md",
    title: "Trade fair this weekend",
    date: makeStamp("2024-01-10T08:00:00+08:00"),
    expires: makeStamp("2024-04-01T00:00:00+08:00"),
    section: "business",
    slug: "trade-fair",
    status: "expired",
    media: [SAMPLE_MEDIA.expiredBody],
  });
  return { typhoonEn, metroEn, typhoonZh, draftEn, pendingZh, expiredEn };
}
