// Lists the content tree: every expected file with its size and kind; every other entry refused with
// an error or reported by name as ignored (`W_IGNORED`), under the rule of `content-places.ts`.
import { lstatSync, readdirSync } from "node:fs";
import type { Stats } from "node:fs";
import path from "node:path";
import { placeFile } from "./content-places.ts";
import type { FileKind } from "./content-places.ts";
import { firstInvalidByte } from "./decode.ts";
import { displayPath } from "./display-path.ts";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { readFault } from "./read-fault.ts";

export type { FileKind } from "./content-places.ts";

/** What `lstat` says of a file's version: equal on two listings, the file was not written between them. */
export interface FileIdentity {
  ino: number;
  mtimeMs: number;
  /** Set by the kernel on every write, rename or chmod (`utimes` cannot set it back). */
  ctimeMs: number;
}

/** An expected file of the content tree, listed from `lstat` without being read. */
export interface ListedFile {
  /** Content-relative posix path. */
  rel: string;
  abs: string;
  size: number;
  kind: FileKind;
  identity: FileIdentity;
}

/** Characters no file name may hold: they would break or repaint the line that names the file. */
const BAD_NAME = /[\p{Cc}\u2028\u2029]/u;

/**
 * Lists the expected files under `rootAbs` in sorted order. Nothing is dropped without a word:
 * symlinks, names with control characters or invalid UTF-8, and Markdown outside its place are
 * errors; hidden entries (`.name`, never entered), special files and files the tree has no place
 * for are `W_IGNORED`, by name. Symlinks are never followed. Problems are appended to `errors`.
 */
export function listContentTree(rootAbs: string, errors: ContentError[]): ListedFile[] {
  const found: ListedFile[] = [];
  // Note: synchronous calls: six awaited syscalls a file cost ~3 s of event-loop round trips at 10k files.
  const visit = (rel: string): void => {
    const abs = path.join(rootAbs, rel);
    const shown = displayPath(abs);
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch (err) {
      errors.push(readFault(shown, err));
      return;
    }
    const refuse = (code: string, message: string, hint: string): void => {
      errors.push(contentError(shown, code, message, hint));
    };
    if (st.isSymbolicLink()) {
      const hint = "copy the file into the content folder instead of linking it";
      return refuse("E_SYMLINK", "symbolic links are not allowed in the content tree", hint);
    }
    if (st.isDirectory()) {
      for (const name of listFolder(abs, shown, errors)) {
        const child = rel === "" ? name : `${rel}/${name}`;
        if (checkName(rootAbs, child, errors)) visit(child);
      }
      return;
    }
    if (!st.isFile()) {
      const hint = "remove it: only regular files are read";
      return refuse("W_IGNORED", "special file (pipe, socket or device) is ignored", hint);
    }
    const place = placeFile(rel);
    if ("read" in place) {
      const identity = { ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
      found.push({ rel, abs, size: st.size, kind: place.read, identity });
    } else if ("refused" in place)
      refuse(place.refused.code, place.refused.message, place.refused.hint);
    else refuse("W_IGNORED", `file is ignored: ${place.ignored}`, IGNORED_HINT);
  };
  visit("");
  return found;
}

const IGNORED_HINT =
  "move it where README.md (Content) says, or out of the content folder, if it should be read";

/** The names in a folder, sorted; a name that is not valid UTF-8 is refused here (`E_FILE_NAME`). */
function listFolder(abs: string, shown: string, errors: ContentError[]): string[] {
  let raw: Buffer[];
  try {
    raw = readdirSync(abs, { encoding: "buffer" });
  } catch (err) {
    errors.push(readFault(shown, err));
    return [];
  }
  const names: string[] = [];
  for (const bytes of raw) {
    const name = bytes.toString("utf8");
    if (firstInvalidByte(bytes) === -1) names.push(name);
    else
      errors.push(
        contentError(
          displayPath(path.join(abs, name)),
          "E_FILE_NAME",
          "the file name is not valid UTF-8",
          "rename it with UTF-8 letters (the file is not read)",
        ),
      );
  }
  return names.sort();
}

/**
 * Whether the entry at `rel` should be visited: a name with a control character is an error, a
 * hidden entry (`.git`, `.DS_Store`, `.draft.md`) is reported as ignored and never entered.
 */
function checkName(rootAbs: string, rel: string, errors: ContentError[]): boolean {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const abs = path.join(rootAbs, rel);
  if (BAD_NAME.test(name)) {
    const hint = "rename it without control characters or line breaks (the file is not read)";
    errors.push(
      contentError(displayPath(abs), "E_FILE_NAME", "the name holds a control character", hint),
    );
    return false;
  }
  if (!name.startsWith(".")) return true;
  let folder = false;
  try {
    folder = lstatSync(abs).isDirectory();
  } catch {
    // Unreadable: still reported below, as a hidden file.
  }
  const what = folder
    ? "hidden folder is ignored, with everything in it"
    : "hidden file is ignored";
  const hint = "remove the leading dot if it should be read";
  errors.push(contentError(displayPath(abs), "W_IGNORED", what, hint));
  return false;
}
