// Related-article term counts in 256 shard packs by the first two hex digits of their key, read
// when first asked and rewritten only when one of their entries was added (keeping the keys this
// build uses): one changed article rewrites about 1/256th of them.
import path from "node:path";
import { readPack, writePack } from "../content/cache-pack.ts";

const FORMAT = "broadsheet-terms-1";

/** The term shards of one cache folder, as one build uses them. */
export class TermShards {
  private readonly loaded = new Map<string, Map<string, string>>();
  private readonly fresh = new Map<string, string>();
  private readonly usedBy = new Map<string, Set<string>>();

  constructor(private readonly dir: string) {}

  /** Notes that this build uses the entry `key` (kept when its shard is rewritten). */
  use(key: string): void {
    const s = key.slice(0, 2);
    let keys = this.usedBy.get(s);
    if (!keys) this.usedBy.set(s, (keys = new Set()));
    keys.add(key);
  }

  /** The terms of `key`: counted in this build, or from its shard (read on first use). */
  get(key: string): string | undefined {
    return this.fresh.get(key) ?? this.shard(key.slice(0, 2)).get(key);
  }

  /** Adds terms counted in this build; returns them. */
  add(key: string, terms: string): string {
    this.fresh.set(key, terms);
    return terms;
  }

  /** Rewrites each shard that gained an entry, with the entries this build uses. */
  save(): void {
    const touched = new Set([...this.fresh.keys()].map((k) => k.slice(0, 2)));
    for (const s of touched) {
      const keep = this.usedBy.get(s) ?? new Set<string>();
      const old = this.shard(s);
      const next = new Map<string, string>();
      for (const k of keep) {
        const t = this.fresh.get(k) ?? old.get(k);
        if (t !== undefined) next.set(k, t);
      }
      writePack(this.file(s), FORMAT, next);
    }
  }

  /** Drops every term held in memory (after `save`): a later `get` reads its shard again. */
  release(): void {
    this.fresh.clear();
    this.loaded.clear();
  }

  private shard(s: string): Map<string, string> {
    let m = this.loaded.get(s);
    if (!m) this.loaded.set(s, (m = readPack<string>(this.file(s), FORMAT)));
    return m;
  }

  private file(s: string): string {
    return path.join(this.dir, `${s}.json`);
  }
}
