// The text-stats cache: each article's reading time, related-article term counts and excerpt, kept
// in one pack in `.cache/text/` by a hash of its title, body digest, reading speed and the code that
// counts them, and set on the articles before collect (which computes them for any article left
// without). A build whose articles are all in the pack never reads a body's text.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Article, TextStats } from "../content/article.ts";
import { readPack, writePack } from "../content/cache-pack.ts";
import type { SiteConfig } from "../content/site-config.ts";
import {
  DEFAULT_READING_SPEED,
  readingMinutes,
  type ReadingSpeed,
} from "../collect/reading-time.ts";
import { packTerms, termCounts } from "../collect/related.ts";
import { excerpt } from "../collect/excerpt.ts";
import { fingerprint } from "../fingerprint.ts";

/** The code the figures come from. */
export const TEXT_INPUTS = [
  "src/collect/reading-time.ts",
  "src/collect/related.ts",
  "src/collect/excerpt.ts",
];

const FORMAT = "broadsheet-text-3";

/** `articles`, with their text stats set from the cache in `cacheDir` (none without a cache). */
export function withTextStats(
  articles: Article[],
  cacheDir: string | false,
  config: Pick<SiteConfig, "readingSpeed">,
): Article[] {
  if (cacheDir) attachTextStats(articles, cacheDir, config.readingSpeed ?? DEFAULT_READING_SPEED);
  return articles;
}

/**
 * Sets `textStats` on every article: from the pack in `cacheDir` when its text is unchanged, else
 * counted now; saves the pack (this build's entries only) when anything was counted or dropped.
 * Returns how many came from the cache.
 */
export function attachTextStats(
  articles: readonly Article[],
  cacheDir: string,
  speed: ReadingSpeed,
): { cached: number; counted: number } {
  const file = path.join(cacheDir, "text", "entries.json");
  const scope = `${fingerprint(TEXT_INPUTS)}\0${JSON.stringify(speed)}\0`;
  const entries = readPack<TextStats>(file, FORMAT);
  const used = new Map<string, TextStats>();
  let counted = 0;
  for (const a of articles) {
    const key = createHash("sha256")
      .update(scope)
      .update(a.title)
      .update("\0")
      .update(a.body.digest())
      .digest("hex");
    let stats = used.get(key) ?? entries.get(key);
    if (!stats) {
      counted++;
      const text = a.body.text();
      stats = {
        readingMinutes: readingMinutes(`${a.title}\n${text}`, speed),
        terms: packTerms(termCounts(a.title, text)),
        excerpt: excerpt(text),
      };
    }
    used.set(key, stats);
    a.textStats = stats;
  }
  if (counted > 0 || used.size !== entries.size) writePack(file, FORMAT, used);
  return { cached: articles.length - counted, counted };
}
