// The body index: one pack in `.cache/md-index/` with the row of every body-cache entry the last
// build used (entry size, lookups and answers, digest, media), so a build whose bodies are cached
// checks them without reading 10k entries; the entries themselves are read only when a page needs
// a body (and checked against the digest then).
import fs from "node:fs";
import path from "node:path";
import { readPack, writePack } from "../content/cache-pack.ts";
import { bodyEntryPath, depsHold, type CacheScope, type IndexRow } from "./cache.ts";
import type { RenderTables } from "./tables.ts";

const FORMAT = "broadsheet-md-index-1";

/** The body index of one cache folder, as read at the start of the bodies stage. */
export class BodyIndex {
  private readonly used = new Map<string, IndexRow>();
  private changed = false;
  /** The entry key of each origin key the last build used. */
  private readonly byOrigin = new Map<string, string>();

  private constructor(
    private readonly dir: string,
    private readonly rows: ReadonlyMap<string, IndexRow>,
  ) {
    for (const [key, row] of rows) if (row.origin !== undefined) this.byOrigin.set(row.origin, key);
  }

  /** The index of the cache folder `dir` (empty when absent or damaged). */
  static open(dir: string): BodyIndex {
    return new BodyIndex(dir, readPack<IndexRow>(indexFile(dir), FORMAT));
  }

  /**
   * The row of `key` when the index holds it, its entry file is still there with the same size and
   * mtime (to the second), and every lookup it made answers the same today; undefined otherwise (the caller reads
   * the entry). An entry changed in place with both kept is caught when its body is read back.
   */
  lookup(key: string, tables: RenderTables, scope: CacheScope): IndexRow | undefined {
    const row = this.rows.get(key);
    if (!row) return undefined;
    const st = fs.statSync(bodyEntryPath(this.dir, key), { throwIfNoEntry: false });
    // Note: mtime to the second: a cache restored from a tar archive (CI) keeps whole seconds.
    if (st?.size !== row.size || Math.floor(st.mtimeMs / 1000) !== Math.floor(row.mtimeMs / 1000))
      return undefined;
    return depsHold(row.deps, tables, scope) ? row : undefined;
  }

  /**
   * The entry key (`cacheKey`) that goes with origin key `origin` (`originKey`), as the last build
   * recorded it: one origin always has the same body, so its key needs no hashing of the body.
   */
  keyOf(origin: string | undefined): string | undefined {
    return origin === undefined ? undefined : this.byOrigin.get(origin);
  }

  /** Notes that this build uses the entry `key` with `row`, for an input of origin key `origin`. */
  keep(key: string, row: IndexRow, origin?: string): void {
    const kept = origin === undefined || row.origin === origin ? row : { ...row, origin };
    if (this.rows.get(key) !== kept) this.changed = true;
    this.used.set(key, kept);
  }

  /** Writes this build's rows when they differ from the ones read (a failure to write is ignored). */
  save(): void {
    if (this.changed || this.used.size !== this.rows.size)
      writePack(indexFile(this.dir), FORMAT, this.used);
  }
}

function indexFile(dir: string): string {
  return path.join(dir, "md-index", "entries.json");
}
