// The load stage: lists and reads the content tree. The only module that reads content/.
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import { listContentTree } from "./content-tree.ts";
import type { FileIdentity, ListedFile } from "./content-tree.ts";
import { displayPath } from "./display-path.ts";
import { contentError, sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { readAtMost } from "./read-capped.ts";
import { readFault } from "./read-fault.ts";

/** Decodes a loaded file as strict UTF-8 (re-exported: the loaded files' callers decode them). */
export { decodeText } from "./decode.ts";

/** One file of the content tree, read but not yet decoded. */
export interface SourceFile {
  /** Content-relative posix path, e.g. `articles/2023/a.md`. */
  path: string;
  /** The path errors name: relative to the working directory, posix, e.g. `content/articles/2023/a.md`. */
  displayPath: string;
  bytes: Uint8Array;
}

/**
 * A media file of the content tree, listed and checked but not read: a photo archive does not fit
 * in memory. Its bytes are read when a stage needs them (`media-read.ts`), and its description
 * comes from the media index while its identity holds (`media-index.ts`).
 */
export interface MediaFile {
  /** Content-relative posix path, e.g. `media/bridge.jpg`. */
  path: string;
  displayPath: string;
  abs: string;
  size: number;
  identity: FileIdentity;
}

/** What the load stage returns: every readable expected file, and every problem found on the way. */
export interface LoadedContent {
  /** The text files, read; sorted by path (code-unit order). */
  files: SourceFile[];
  /** The media files, listed; sorted by path. */
  media: MediaFile[];
  errors: ContentError[];
}

/** Options of `loadContent`. */
export interface LoadOptions {
  /** Cap for text files (`.md`, `.yaml`, `.yml`, `redirects.lock`), in bytes. */
  maxBytes?: number;
  /** Cap for files under `media/`, in bytes. */
  maxMediaBytes?: number;
}

/** Default caps: 512 KiB a text file (far above any real article), 20 MiB a media file. */
export const loadDefaults = {
  maxBytes: 512 * 1024,
  maxMediaBytes: 20 * 1024 * 1024,
} satisfies Required<LoadOptions>;

/**
 * Lists every expected file under `root` and reads the text files. Symlinks are reported and never
 * followed or read, so content cannot pull in files from elsewhere on the machine; oversized files
 * are reported from `lstat` without being read, so one huge file cannot exhaust memory.
 */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const caps = { ...loadDefaults, ...options };
  const rootAbs = path.resolve(root);
  const files: SourceFile[] = [];
  const media: MediaFile[] = [];
  const errors: ContentError[] = [];
  const realRoot = openRoot(rootAbs, errors);
  if (realRoot === undefined) return { files, media, errors };
  for (const f of listContentTree(rootAbs, errors)) {
    const file = readListed(f, realRoot, caps, errors);
    if (file && "bytes" in file) files.push(file);
    else if (file) media.push(file);
  }
  const byPath = (a: { path: string }, b: { path: string }): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  files.sort(byPath);
  media.sort(byPath);
  return { files, media, errors: sortContentErrors(errors) };
}

/** The real path of the content folder, or undefined (and `E_PATH_MISSING`) when it is not a folder. */
function openRoot(rootAbs: string, errors: ContentError[]): string | undefined {
  try {
    const realRoot = realpathSync.native(rootAbs);
    if (!lstatSync(realRoot).isDirectory()) throw new Error("not a directory");
    return realRoot;
  } catch {
    const shown = displayPath(rootAbs) || ".";
    errors.push(
      contentError(
        shown,
        "E_PATH_MISSING",
        `content folder "${shown}" not found`,
        "pass --content DIR",
      ),
    );
    return undefined;
  }
}

/**
 * Reads a listed text file (a media file is only checked) if it really lies inside `realRoot` and
 * within its cap; else reports why not (a file-system fault, such as a file the build may not
 * read, is a located `E_FILE_READ`).
 */
function readListed(
  listed: ListedFile,
  realRoot: string,
  caps: Required<LoadOptions>,
  errors: ContentError[],
): SourceFile | MediaFile | undefined {
  try {
    return readInside(listed, realRoot, caps, errors);
  } catch (err) {
    errors.push(readFault(displayPath(listed.abs), err));
    return undefined;
  }
}

/** `readListed` without the fault handling: the path check, the cap, the bytes. */
function readInside(
  { rel, abs, size, kind, identity }: ListedFile,
  realRoot: string,
  caps: Required<LoadOptions>,
  errors: ContentError[],
): SourceFile | MediaFile | undefined {
  const shown = displayPath(abs);
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
    return undefined;
  }
  const cap = kind === "media" ? caps.maxMediaBytes : caps.maxBytes;
  if (kind === "media" && size <= cap)
    return { path: rel, displayPath: shown, abs, size, identity };
  const bytes = size > cap ? undefined : readAtMost(abs, cap, size);
  if (bytes === undefined) {
    errors.push(tooLarge(shown, cap, kind === "media"));
    return undefined;
  }
  return { path: rel, displayPath: shown, bytes };
}

/** `E_TOO_LARGE` for the file shown as `shown`, over `cap` bytes. */
export function tooLarge(shown: string, cap: number, media: boolean): ContentError {
  return contentError(
    shown,
    "E_TOO_LARGE",
    `file is larger than ${cap} bytes`,
    media
      ? "shrink or compress the image"
      : "split the article; the limit keeps builds fast and bounded",
  );
}
