// The related-lists cache: one pack in `.cache/related/` of each edition's related lists (article
// indexes) by the digest of their inputs and the code that scores them, handed to collect as its
// `relatedMemo`; saved with this build's editions only, when one was scored.
import path from "node:path";
import { readPack, writePack } from "../content/cache-pack.ts";
import type { RelatedMemo } from "../collect/related-memo.ts";
import { fingerprint } from "../fingerprint.ts";

/** The code related lists come from. */
export const RELATED_INPUTS = ["src/collect/related.ts", "src/collect/related-memo.ts"];

const FORMAT = "broadsheet-related-1";

/** A `RelatedMemo` over the pack in `cacheDir`, and `save` to write what this build used. */
export function relatedCache(cacheDir: string): RelatedMemo & { save(): void } {
  const file = path.join(cacheDir, "related", "entries.json");
  const code = fingerprint(RELATED_INPUTS);
  const entries = readPack<number[][]>(file, FORMAT);
  const used = new Map<string, number[][]>();
  let scored = false;
  return {
    get(key) {
      const lists = entries.get(`${code}:${key}`);
      if (lists) used.set(`${code}:${key}`, lists);
      return lists;
    },
    set(key, lists) {
      scored = true;
      used.set(`${code}:${key}`, lists);
    },
    save() {
      if (scored || used.size !== entries.size) writePack(file, FORMAT, used);
    },
  };
}
