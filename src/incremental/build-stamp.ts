// The stamp of the last successful build into an output folder: the digest of everything its output
// was made from, the span of clock time over which that output stays right, its report, and the
// output as it left it. A build whose inputs, clock and output all match it has nothing to do.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { MediaFile, SourceFile } from "../content/load.ts";
import { isSettled } from "../content/media-index.ts";
import { sourceDigest } from "../content/source-digest.ts";
import type { ContentError } from "../content/errors.ts";
import type { BuildReport } from "../report.ts";
import { manifestPath } from "./manifest.ts";

/** What a stamp keeps of the build that wrote it: the report a build with nothing to do repeats. */
export type StampedReport = Pick<
  BuildReport,
  "articles" | "pages" | "pagesBuilt" | "warnings" | "bodies" | "files"
>;

/** The last successful build into one output folder. */
export interface BuildStamp {
  /** `inputKey` of that build. */
  key: string;
  /** Its clock (epoch ms) and the first instant at which its output changes with the clock alone. */
  clock: { from: number; until: number };
  report: StampedReport;
  /** `treeDigest` of the output folder and the state files, just after it was published. */
  tree: string;
}

/** What besides the content goes into a build's output (options, code version, environment). */
export interface KeyParts {
  code: string;
  /** Everything else that changes the output or where the build writes: options, paths, flags. */
  settings: Record<string, unknown>;
}

const FORMAT = "broadsheet-stamp-1";

/**
 * The digest of a build's inputs: every text file (path and bytes), every media file (path and
 * identity: photos are not read for it), the problems the load stage found, the code version and
 * the settings. Two builds with the same key, the same clock span and the same output folder would
 * write the same bytes. A media file changed within `SETTLE_MS` of the listing makes a key no build matches
 * (its identity may not show a write in the same clock tick).
 */
export function inputKey(
  content: { files: readonly SourceFile[]; media: readonly MediaFile[] },
  problems: readonly ContentError[],
  parts: KeyParts,
  now = Date.now(),
): string {
  const h = createHash("sha256").update(FORMAT).update("\0").update(parts.code).update("\0");
  h.update(JSON.stringify(parts.settings)).update("\0").update(JSON.stringify(problems));
  for (const f of content.files) {
    h.update(`\0${f.path}\0${f.bytes.byteLength}\0${sourceDigest(f)}`);
  }
  for (const m of content.media) {
    const { ino, mtimeMs, ctimeMs } = m.identity;
    h.update(`\0${m.path}\0${m.size}\0${ino}\0${mtimeMs}\0${ctimeMs}`);
    if (!isSettled(m.identity, now)) h.update(`\0${randomUUID()}`);
  }
  return h.digest("hex");
}

/** Where the stamp of `outDir` lives: beside its page manifest. */
export function stampPath(cacheDir: string, outDir: string): string {
  return manifestPath(cacheDir, outDir).replace(/\.json$/, ".stamp");
}

/**
 * The digest of the output folder and of `others` as they are on disk: every entry's path and type,
 * and each file's inode, size and mtime (a file edited, replaced, added or removed changes it).
 * Entries are taken in the order the folder lists them: the same untouched tree lists the same.
 */
export function treeDigest(outDir: string, others: readonly string[]): string {
  const out = path.resolve(outDir);
  const h = createHash("sha256");
  const add = (name: string, full: string): void => {
    const st = fs.lstatSync(full, { throwIfNoEntry: false });
    h.update(
      !st
        ? `${name}\0-\n`
        : `${name}\0${st.isFile() ? "f" : st.isDirectory() ? "d" : "o"}\0${st.ino}\0${st.size}\0${st.mtimeMs}\n`,
    );
  };
  add("", out);
  if (fs.existsSync(out)) {
    // Note: with file types, the recursive listing skips a stat a folder (half the time at 10k).
    for (const d of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
      const full = path.join(d.parentPath, d.name);
      if (d.isDirectory()) h.update(`${full}\0d\n`);
      else add(full, full);
    }
  }
  for (const f of others) add(`\0${path.resolve(f)}`, f);
  return h.digest("hex");
}

/** Reads the stamp of `outDir`; undefined when there is none or it is damaged. */
export function readStamp(cacheDir: string, outDir: string): BuildStamp | undefined {
  try {
    const raw = JSON.parse(fs.readFileSync(stampPath(cacheDir, outDir), "utf8")) as {
      format?: unknown;
      stamp?: BuildStamp;
    };
    const s = raw.stamp;
    if (raw.format !== FORMAT || !s || typeof s.key !== "string" || typeof s.tree !== "string")
      return undefined;
    if (typeof s.clock?.from !== "number" || typeof s.clock.until !== "number") return undefined;
    return s.report && typeof s.report === "object" ? s : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the stamp of `outDir` atomically. */
export function saveStamp(cacheDir: string, outDir: string, stamp: BuildStamp): void {
  const file = stampPath(cacheDir, outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, stamp }));
  fs.renameSync(tmp, file);
}

/**
 * Whether `stamp` still describes the output: the same input key, a clock inside its span (a
 * later clock past an embargo, an expiry or midnight, or an earlier one, builds again), and the
 * output folder and state files untouched since it was written. `clock` undefined: the build's
 * clock is the stamped build's (`--now` was given, and its text is part of the key).
 */
export function stampHolds(
  stamp: BuildStamp | undefined,
  key: string,
  clock: number | undefined,
  tree: () => string,
): stamp is BuildStamp {
  const at = clock ?? stamp?.clock.from ?? 0;
  return (
    stamp !== undefined &&
    stamp.key === key &&
    at >= stamp.clock.from &&
    at < stamp.clock.until &&
    stamp.tree === tree()
  );
}
