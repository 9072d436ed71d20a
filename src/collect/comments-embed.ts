// What an article's "Show comments" button needs to load the configured provider on click.
import type { CommentsConfig } from "../content/comments-config.ts";
import { LANGUAGES, type Lang } from "../routes.ts";

/** The provider, its script, and the settings the page's script passes it (as `data-*`). */
export interface CommentsEmbed {
  provider: CommentsConfig["provider"];
  src: string;
  /** `data-*` attribute names (without the prefix) and values, per provider. */
  data: Record<string, string>;
}

/** The script a provider loads from (giscus: its client; Remark42 and Coral: their embed.js). */
export function commentsScript(c: CommentsConfig): string {
  if (c.provider === "giscus") return "https://giscus.app/client.js";
  const o = new URL(c.host).origin;
  return c.provider === "remark42" ? `${o}/web/embed.js` : `${o}/assets/js/embed.js`;
}

/** The embed of `config` for the article at absolute `url` in `lang`. */
export function commentsEmbed(config: CommentsConfig, url: string, lang: Lang): CommentsEmbed {
  const src = commentsScript(config);
  if (config.provider === "giscus") {
    return {
      provider: "giscus",
      src,
      data: {
        repo: config.repo,
        "repo-id": config.repoId,
        category: config.category,
        "category-id": config.categoryId,
        mapping: "url",
        "reactions-enabled": "0",
        "input-position": "top",
        theme: "preferred_color_scheme",
        lang: lang === "zh" ? "zh-CN" : "en",
        loading: "lazy",
      },
    };
  }
  const host = new URL(config.host).origin;
  const data: Record<string, string> = { host, url, lang: LANGUAGES[lang].html };
  if (config.provider === "remark42") data["site-id"] = config.siteId;
  return { provider: config.provider, src, data };
}
