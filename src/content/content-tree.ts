// Lists the content tree: every expected file with its size and kind, every unexpected entry reported.
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { displayPath } from "./display-path.ts";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";

/** What an expected file holds: text (Markdown, YAML, the redirects lock) or media bytes. */
export type FileKind = "text" | "media";

/** An expected file of the content tree, listed from `lstat` without being read. */
export interface ListedFile {
  /** Content-relative posix path. */
  rel: string;
  abs: string;
  size: number;
  kind: FileKind;
}

const ROOT_FILES = new Set(["site.yaml", "authors.yaml", "tags.yaml", "redirects.lock"]);
const TEXT_EXT = /\.(md|ya?ml)$/i;

/**
 * Lists the expected files under `rootAbs` in sorted order, skipping dot-files. Symlinks are reported
 * and never followed, so content cannot pull in files from elsewhere on the machine; special and
 * unknown files are reported as warnings. Problems are appended to `errors`.
 */
export function listContentTree(rootAbs: string, errors: ContentError[]): ListedFile[] {
  const found: ListedFile[] = [];
  // Note: synchronous calls: six awaited syscalls a file cost ~3 s of event-loop round trips at 10k files.
  const visit = (rel: string): void => {
    const abs = path.join(rootAbs, rel);
    const shown = displayPath(abs);
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
    if (!st.isFile() || kind === undefined) {
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
  visit("");
  return found;
}

/** Which expected file a content-relative path is, or undefined when the tree has no place for it. */
function classify(rel: string): FileKind | undefined {
  if (ROOT_FILES.has(rel)) return "text";
  if (/^articles\/.+\.md$/.test(rel) || /^pages\/[^/]+\.md$/.test(rel)) return "text";
  if (rel.startsWith("media/")) return TEXT_EXT.test(rel) ? undefined : "media";
  return undefined;
}
