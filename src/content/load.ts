// The load stage: lists and reads the content tree (DESIGN §1.1). The only module that reads content/.
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
import { displayPath } from "./display-path.ts";
import { contentError, sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";

export { decodeText } from "./decode.ts";

/** One file of the content tree, read but not yet decoded. */
export interface SourceFile {
  /** Content-relative posix path, e.g. `articles/2023/a.md`. */
  path: string;
  /** The path errors name: relative to the working directory, posix, e.g. `content/articles/2023/a.md`. */
  displayPath: string;
  bytes: Uint8Array;
}

/** What the load stage returns: every readable expected file, and every problem found on the way. */
export interface LoadedContent {
  /** Sorted by path (code-unit order). */
  files: SourceFile[];
  errors: ContentError[];
}

/** Options of `loadContent`. */
export interface LoadOptions {
  /** Cap for text files (`.md`, `.yaml`, `.yml`, `redirects.lock`), in bytes. */
  maxBytes?: number;
  /** Cap for files under `media/`, in bytes. */
  maxMediaBytes?: number;
}

/** Default caps: 512 KiB a text file (R22), 20 MiB a media file. */
export const loadDefaults = {
  maxBytes: 512 * 1024,
  maxMediaBytes: 20 * 1024 * 1024,
} satisfies Required<LoadOptions>;

const ROOT_FILES = new Set(["site.yaml", "authors.yaml", "tags.yaml", "redirects.lock"]);
const TEXT_EXT = /\.(md|ya?ml)$/i;

type Kind = "text" | "media" | "unknown";

/**
 * Lists and reads every expected file under `root` (DESIGN §3.2). Symlinks are reported and never
 * followed or read (R19, P-26); oversized files are reported from `lstat` without being read (R22).
 */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const caps = { ...loadDefaults, ...options };
  const rootAbs = path.resolve(root);
  const files: SourceFile[] = [];
  const errors: ContentError[] = [];
  const display = (rel: string): string => displayPath(path.join(rootAbs, rel));

  let realRoot: string;
  try {
    realRoot = realpathSync.native(rootAbs);
    if (!lstatSync(realRoot).isDirectory()) throw new Error("not a directory");
  } catch {
    const shown = display("") || ".";
    errors.push(
      contentError(
        shown,
        "E_PATH_MISSING",
        `content folder "${shown}" not found`,
        "pass --content DIR",
      ),
    );
    return { files, errors };
  }

  const found: { rel: string; abs: string; size: number; kind: Kind }[] = [];
  // Note: synchronous calls: six awaited syscalls a file cost ~3 s of event-loop round trips at 10k files.
  const visit = (rel: string): void => {
    const abs = path.join(rootAbs, rel);
    const shown = display(rel);
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) {
      errors.push(
        contentError(
          shown,
          "E_SYMLINK",
          "symbolic links are not allowed in the content tree",
          "copy the file into the content folder instead of linking it",
        ),
      );
      return;
    }
    if (st.isDirectory()) {
      const names = readdirSync(abs)
        .filter((n) => !n.startsWith("."))
        .sort();
      for (const n of names) visit(rel === "" ? n : `${rel}/${n}`);
      return;
    }
    const kind = classify(rel);
    if (!st.isFile() || kind === "unknown") {
      const what = st.isFile() ? "file" : "special file";
      errors.push(
        contentError(
          shown,
          "W_UNKNOWN_FILE",
          `unexpected ${what} "${rel}" is ignored`,
          "expected site.yaml, authors.yaml, tags.yaml, articles/**/*.md, pages/*.md or media/**",
        ),
      );
      return;
    }
    found.push({ rel, abs, size: st.size, kind });
  };

  const read = ({ rel, abs, size, kind }: (typeof found)[number]): void => {
    const shown = display(rel);
    const real = realpathSync.native(abs);
    if (!real.startsWith(realRoot + path.sep)) {
      errors.push(
        contentError(
          shown,
          "E_PATH_ESCAPE",
          "the file's real path is outside the content folder",
          "keep every content file inside the content folder",
        ),
      );
      return;
    }
    const cap = kind === "media" ? caps.maxMediaBytes : caps.maxBytes;
    const bytes = size > cap ? undefined : readAtMost(abs, cap, size);
    if (bytes === undefined) {
      errors.push(
        contentError(
          shown,
          "E_TOO_LARGE",
          `file is larger than ${cap} bytes`,
          kind === "media"
            ? "shrink or compress the image"
            : "split the article; the limit keeps builds fast and bounded",
        ),
      );
      return;
    }
    files.push({ path: rel, displayPath: shown, bytes });
  };

  visit("");
  for (const f of found) read(f);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, errors: sortContentErrors(errors) };
}

/** Which expected file a content-relative path is (DESIGN §3.2). */
function classify(rel: string): Kind {
  if (ROOT_FILES.has(rel)) return "text";
  if (/^articles\/.+\.md$/.test(rel) || /^pages\/[^/]+\.md$/.test(rel)) return "text";
  if (rel.startsWith("media/")) return TEXT_EXT.test(rel) ? "unknown" : "media";
  return "unknown";
}

/**
 * Reads a file, but never more than `cap + 1` bytes (it may have grown since `lstat`). The first
 * read asks for the `lstat` size plus one byte, so a file that did not change takes one read.
 */
function readAtMost(abs: string, cap: number, size: number): Uint8Array | undefined {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.allocUnsafe(Math.min(cap + 1, size + 1, 1024 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, Math.min(buf.length, cap + 1 - total), null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > cap) return undefined;
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}
