// The media index: each media file's description (name, hash, size as shown) kept in one pack in
// `.cache/media-index/` under the file's identity (size, inode, mtime, ctime), as git's index keeps
// a file's hash, so a build reads and hashes only the photos that are new or changed.
import path from "node:path";
import { fingerprint } from "../fingerprint.ts";
import { readPack, writePack } from "./cache-pack.ts";
import type { FileIdentity } from "./content-tree.ts";
import type { ContentError } from "./errors.ts";
import type { MediaFile } from "./load.ts";
import { describeMedia } from "./media.ts";
import { readMedia } from "./media-read.ts";
import { PARSE_INPUTS } from "./parse-cache.ts";
import type { MediaAsset } from "./values.ts";

/** One indexed file: its identity when it was read, and what describing its bytes gave. */
interface Row extends FileIdentity {
  size: number;
  asset: MediaAsset;
}

/**
 * How long after its last change a file's identity is trusted. Timestamps move in clock ticks, so
 * a write in the tick in which the file was listed could leave them as they were (git's "racily
 * clean" entries): a file changed that recently is read again by the next build. A tick is a few
 * milliseconds where timestamps carry fractions of a second, up to 2 s where they keep whole
 * seconds (FAT, HFS+, ext3, some network mounts).
 */
export const SETTLE_MS = { fine: 100, coarse: 2000 };

/** Whether a file with `identity`, listed at `now` (epoch ms), has been still long enough to be indexed. */
export function isSettled(identity: FileIdentity, now: number): boolean {
  const coarse = identity.mtimeMs % 1000 === 0 && identity.ctimeMs % 1000 === 0;
  const last = Math.max(identity.mtimeMs, identity.ctimeMs);
  return last < now - (coarse ? SETTLE_MS.coarse : SETTLE_MS.fine);
}

/** What describing a media file gives: its asset, or its error (`describeMedia`). */
export type Described = { ok: true; asset: MediaAsset } | { ok: false; error: ContentError };

/** The media index of one build: the rows read at start, and the ones this build keeps. */
export class MediaIndex {
  private readonly used = new Map<string, Row>();
  private changed = false;
  /** Files described from the index, and read afresh, by this build. */
  hits = 0;
  reads = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly rows: ReadonlyMap<string, Row>,
    private readonly now: number,
  ) {}

  /** The index in `cacheDir` (empty when absent, damaged or written by other parse code); `false`: none. */
  static open(cacheDir: string | false, now = Date.now()): MediaIndex {
    if (cacheDir === false) return new MediaIndex(undefined, new Map(), now);
    const file = path.join(cacheDir, "media-index", "entries.json");
    return new MediaIndex(file, readPack<Row>(file, formatOf()), now);
  }

  /**
   * The description of `file`: from its row when the file has the identity it had when it was
   * read (and had been still for `SETTLE_MS` then), else read and described now. A file-system
   * fault throws (the caller reports it at the file).
   */
  describe(file: MediaFile): Described {
    const row = this.rows.get(file.path);
    if (row && sameFile(row, file)) {
      this.hits++;
      this.used.set(file.path, row);
      return { ok: true, asset: row.asset };
    }
    this.reads++;
    const d = describeMedia({ ...file, bytes: readMedia(file) });
    if (d.ok && isSettled(file.identity, this.now)) {
      this.used.set(file.path, { ...file.identity, size: file.size, asset: d.asset });
      this.changed = true;
    }
    return d;
  }

  /** Writes the rows of this build's files when they differ from those read (a failure is ignored). */
  save(): void {
    if (this.file && (this.changed || this.used.size !== this.rows.size))
      writePack(this.file, formatOf(), this.used);
  }
}

/** The pack's format: the parse code's fingerprint, so a change of `describeMedia` re-reads every file. */
function formatOf(): string {
  return `broadsheet-media-index-1:${fingerprint(PARSE_INPUTS)}`;
}

function sameFile(row: Row, file: MediaFile): boolean {
  const id = file.identity;
  return (
    row.size === file.size &&
    row.ino === id.ino &&
    row.mtimeMs === id.mtimeMs &&
    row.ctimeMs === id.ctimeMs
  );
}
