// The text-stats cache: each article's reading time and excerpt in one pack in `.cache/text/`, and
// its related-article term counts in 256 shards beside it, all by a hash of its title, body digest,
// reading speed and the code that counts them. Terms are read only when related lists are scored
// (a build whose related lists come from their cache reads none), and a changed article rewrites one
// shard. A build whose articles are all cached never reads a body's text.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Article } from "../content/article.ts";
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
import { TermShards } from "./term-shards.ts";

/** The code the figures come from. */
export const TEXT_INPUTS = [
  "src/collect/reading-time.ts",
  "src/collect/related.ts",
  "src/collect/excerpt.ts",
  "src/own-string.ts",
];

const FORMAT = "broadsheet-text-5";

/** What the stats pack keeps of an article: its reading time, excerpt and the digest of its terms. */
interface StatsRow {
  readingMinutes: number;
  excerpt: string;
  termsDigest: string;
}

/** The text stats' cache of one build. */
export interface TextCache {
  /** Writes the packs once collect is done with the terms, and drops the terms from memory; once. */
  save(): void;
}

/**
 * Sets the text stats of `articles` from the cache in `cacheDir` (nothing without a cache); returns
 * the cache, to save once collect is done with the terms.
 */
export function withTextStats(
  articles: readonly Article[],
  cacheDir: string | false,
  config: Pick<SiteConfig, "readingSpeed">,
): TextCache | undefined {
  if (!cacheDir) return undefined;
  return attachTextStats(articles, cacheDir, config.readingSpeed ?? DEFAULT_READING_SPEED);
}

/**
 * Sets `textStats` on every article: reading time and excerpt from the pack in `cacheDir` when its
 * text is unchanged, else counted now (terms too); terms of the others are read from their shard
 * when first asked. `save` writes the pack (this build's entries only) when anything was counted or
 * dropped, and the shards that changed. `cached`/`counted`: how many came from the pack.
 */
export function attachTextStats(
  articles: readonly Article[],
  cacheDir: string,
  speed: ReadingSpeed,
): TextCache & { cached: number; counted: number } {
  const dir = path.join(cacheDir, "text");
  const file = path.join(dir, "entries.json");
  const scope = `${fingerprint(TEXT_INPUTS)}\0${JSON.stringify(speed)}\0`;
  const entries = readPack<StatsRow>(file, FORMAT);
  const shards = new TermShards(path.join(dir, "terms"));
  const used = new Map<string, StatsRow>();
  let counted = 0;
  let saved = false;
  for (const a of articles) {
    const key = createHash("sha256")
      .update(scope)
      .update(a.title)
      .update("\0")
      .update(a.body.digest())
      .digest("hex");
    let row = used.get(key) ?? entries.get(key);
    if (!row) {
      counted++;
      const text = a.body.text();
      const terms = shards.add(key, packTerms(termCounts(a.title, text)));
      row = {
        readingMinutes: readingMinutes(`${a.title}\n${text}`, speed),
        excerpt: excerpt(text),
        termsDigest: createHash("sha256").update(terms).digest("hex"),
      };
    }
    used.set(key, row);
    shards.use(key);
    a.textStats = {
      ...row,
      terms: () =>
        shards.get(key) ?? shards.add(key, packTerms(termCounts(a.title, a.body.text()))),
    };
  }
  return {
    cached: articles.length - counted,
    counted,
    save() {
      if (saved) return;
      saved = true;
      if (counted > 0 || used.size !== entries.size) writePack(file, FORMAT, used);
      shards.save();
      shards.release();
    },
  };
}
