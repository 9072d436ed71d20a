// Shared inputs of the collect unit tests: a bilingual site.yaml under a base path and its context.
import {
  makeContext,
  type CollectOptions,
  type SiteContext,
} from "../../../src/collect/context.ts";
import type { CollectDeps } from "../../../src/collect/deps.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import { slugify, tagKey } from "../../../src/content/slugs.ts";
import { suggest } from "../../../src/content/suggest.ts";
import { makeStamp } from "../../helpers/article.ts";

/** The real text functions of src/content, as the build injects them. */
export const DEPS: CollectDeps = { slugify, tagKey, suggest };

/** Content paths as errors show them. */
export const shown = (source: string): string => `content/${source}`;

/** A validated site.yaml: English default, Chinese second, served under `/news/`. */
export function makeConfig(over: Partial<SiteConfig> = {}): SiteConfig {
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

/** The collect context of `makeConfig(config)`, built at 2024-05-02 12:00 in the site zone. */
export function makeCtx(
  config: Partial<SiteConfig> = {},
  over: Partial<Omit<CollectOptions, "config">> = {},
): SiteContext {
  return makeContext({
    config: makeConfig(config),
    authors: [],
    now: makeStamp("2024-05-02T12:00:00+08:00"),
    preview: false,
    contentDisplay: "content",
    deps: DEPS,
    ...over,
  });
}
