// Turns a file-system fault met while reading the content tree into a located error with a hint.
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";

/** What each file-system error code means to the user: the message and the hint. */
const FAULTS: Record<string, [message: string, hint: string]> = {
  EACCES: [
    "permission denied: the build cannot read it",
    "make it readable by the user that runs the build (chmod a+r, and a+x on folders)",
  ],
  EPERM: [
    "operation not permitted: the build cannot read it",
    "make it readable by the user that runs the build, or move it out of the content folder",
  ],
  ENOENT: [
    "disappeared while the build was reading the content folder",
    "build again once nothing else is moving or deleting content files",
  ],
  EMFILE: ["too many open files", "raise the open-file limit (ulimit -n) and build again"],
  ENFILE: ["too many open files on the system", "close other programs and build again"],
  ELOOP: ["has too many levels of links", "replace the links with the files themselves"],
  ENAMETOOLONG: ["path is too long to open", "shorten the folder and file names"],
  EIO: ["could not be read from the disk (I/O error)", "check the disk, then build again"],
};

/** The error code of a Node file-system error (`EACCES`, `ENOENT`…), or undefined for anything else. */
export function fsErrorCode(err: unknown): string | undefined {
  if (!(err instanceof Error) || !("code" in err)) return undefined;
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * `E_FILE_READ` at the top of the file for a file-system fault; anything that is not a file-system
 * error is a bug and is rethrown (the CLI prints it as an internal error).
 */
export function readFault(shown: string, err: unknown): ContentError {
  const code = fsErrorCode(err);
  if (code === undefined) throw err;
  const [message, hint] = FAULTS[code] ?? [
    `cannot be read (${code})`,
    "check the file and the disk, then build again",
  ];
  return contentError(shown, "E_FILE_READ", message, hint);
}
