// The pure functions collect borrows from the parse stage, passed in so collect imports no stage.
import type { SiteConfig } from "../content/site-config.ts";

/** Text functions owned by src/content, injected by the build (collect stays free of imports). */
export interface CollectDeps {
  /** Slug of a tag or plain author name in the site's slug style. */
  slugify(text: string, style: SiteConfig["slugStyle"]): string;
  /** Merge key of a tag (`#Tech`, `tech ` → `tech`). */
  tagKey(tag: string): string;
  /** The closest candidate within a small edit distance, for "did you mean" hints. */
  suggest(word: string, candidates: readonly string[]): string | undefined;
}
