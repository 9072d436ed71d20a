// File-system faults (disk full, read-only, permission, busy mount…) as one located line in plain
// words with a hint, instead of a stack trace: the build fails with exit 1 and the output untouched.
import path from "node:path";
import { displayPath } from "../content/display-path.ts";
import { contentError, type ContentError } from "../content/errors.ts";

/** What an errno means to someone running a build, and what they can do about it. */
interface Fault {
  code: string;
  what: string;
  hint: string;
  /** Only a write fails so: a failed copy is named by its destination (Node names its source). */
  writes?: true;
}

/** What each errno means to someone running a build, and what they can do about it. */
const FAULTS: Record<string, Fault> = {
  ENOSPC: {
    code: "E_DISK_FULL",
    writes: true,
    what: "the disk is full (ENOSPC)",
    hint: "free some space on that disk or build into a folder on another one (--out)",
  },
  EDQUOT: {
    code: "E_DISK_FULL",
    writes: true,
    what: "the disk quota is used up (EDQUOT)",
    hint: "free some space within your quota or build into another folder (--out)",
  },
  EROFS: {
    code: "E_READ_ONLY",
    writes: true,
    what: "the file system is read-only (EROFS)",
    hint: "build into a writable folder (--out), or mount this one read-write",
  },
  EACCES: {
    code: "E_PERMISSION",
    what: "permission denied (EACCES)",
    hint: "give the build user access to it (chmod/chown), or choose another folder",
  },
  EPERM: {
    code: "E_PERMISSION",
    what: "the operation is not permitted (EPERM)",
    hint: "give the build user access to it, or choose another folder",
  },
  EBUSY: {
    code: "E_OUT_BUSY",
    what: "it is busy (EBUSY): a mount point or a folder in use cannot be renamed",
    hint: "build into a folder inside the mount point (--out <mount>/site) and serve that one",
  },
  EXDEV: {
    code: "E_OUT_BUSY",
    what: "it is on another file system than its staging folder (EXDEV)",
    hint: "build into a folder inside the mount point (--out <mount>/site) and serve that one",
  },
  ENOTDIR: {
    code: "E_OUT_PATH",
    what: "a part of the path is a file, not a folder (ENOTDIR)",
    hint: "choose an --out path whose parent folders are folders",
  },
  EISDIR: {
    code: "E_OUT_PATH",
    what: "a folder is where a file should be (EISDIR)",
    hint: "remove or rename that folder",
  },
  ENAMETOOLONG: {
    code: "E_OUT_PATH",
    what: "the path is too long (ENAMETOOLONG)",
    hint: "choose a shorter --out path",
  },
  EMFILE: {
    code: "E_IO",
    what: "too many files are open (EMFILE)",
    hint: "raise the open-file limit (ulimit -n) and build again",
  },
  ECACHECHANGED: {
    code: "E_CACHE_CHANGED",
    what: "a body in the cache changed after the build checked it (another build wrote it, or the entry was damaged)",
    hint: "build again (the entry was removed and renders afresh); builds that run at the same time should each use their own --cache folder",
  },
  EIO: {
    code: "E_IO",
    what: "the disk reported an input/output error (EIO)",
    hint: "check the disk, then build again",
  },
};

/** The errno code of `err` or of an error it wraps (`cause`, Eleventy's `originalError`), if any. */
export function errnoOf(err: unknown): NodeJS.ErrnoException | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 8 && e && typeof e === "object"; depth++) {
    const x = e as NodeJS.ErrnoException & { originalError?: unknown };
    if (typeof x.code === "string" && x.code in FAULTS) return x;
    e = x.cause ?? x.originalError;
  }
  return undefined;
}

/**
 * A located error for a file-system fault, or undefined when `err` is not one (a bug: rethrow it).
 * Located at the path the system named (else `fallback`), with staging folders named as the output.
 */
export function faultError(
  err: unknown,
  fallback: string,
  doing: string,
  /** A folder to name as another (the staging folder, which is removed, as the output). */
  alias?: { from: string; to: string },
): ContentError | undefined {
  const e = errnoOf(err);
  if (!e) return undefined;
  const fault = FAULTS[e.code!]!;
  const dest = (e as { dest?: unknown }).dest;
  let at = path.resolve((fault.writes && typeof dest === "string" ? dest : e.path) ?? fallback);
  if (alias && (at === alias.from || at.startsWith(alias.from + path.sep)))
    at = path.join(alias.to, path.relative(alias.from, at));
  const file = displayPath(at);
  return contentError(file, fault.code, `could not ${doing}: ${fault.what}`, fault.hint);
}
