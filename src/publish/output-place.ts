// Where the output folder may be: refused before anything is written when it lies inside the
// content tree (or holds it), runs through a file, sits under a system folder, or is a mount point.
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { displayPath } from "../content/display-path.ts";
import { contentError, type ContentError } from "../content/errors.ts";

/** Folders of the system, never an output: their files are not files (procfs, sysfs). */
const SYSTEM_ROOTS = ["/proc", "/sys"];

/**
 * The first problem with building `contentDir` into `outDir`, or undefined when the place is fine.
 * Paths are compared after resolving symlinks of the parts that exist.
 */
export function checkOutputPlace(contentDir: string, outDir: string): ContentError | undefined {
  const shown = displayPath(outDir);
  const out = realish(path.resolve(outDir));
  const content = realish(path.resolve(contentDir));
  const refuse = (code: string, message: string, hint: string): ContentError =>
    contentError(shown, code, message, hint);
  if (SYSTEM_ROOTS.some((r) => within(out, r)))
    return refuse(
      "E_OUT_SYSTEM",
      `${shown} is under ${SYSTEM_ROOTS.find((r) => within(out, r))}, a system folder`,
      "choose an --out folder on a real disk",
    );
  if (within(out, content))
    return refuse(
      "E_OUT_IN_CONTENT",
      `${shown} is inside the content folder ${displayPath(contentDir)}`,
      "build outside the content tree (the default is dist/ beside it): the next build would read its own output",
    );
  if (within(content, out))
    return refuse(
      "E_OUT_IN_CONTENT",
      `${shown} holds the content folder ${displayPath(contentDir)}`,
      "choose an --out folder that does not contain the content: publishing replaces the whole folder",
    );
  const blocker = fileOnPath(out);
  if (blocker !== undefined)
    return refuse(
      "E_OUT_PATH",
      `${shown} cannot be a folder: ${displayPath(blocker)} is a file`,
      "choose an --out path whose parent folders are folders",
    );
  if (isMountPoint(out))
    return refuse(
      "E_OUT_MOUNT_POINT",
      `${shown} is a mount point; publishing replaces the folder by renaming it, which a mount point refuses`,
      "build into a folder inside it (--out <mount>/site) and serve that one, or mount its parent",
    );
  return undefined;
}

/** Whether `p` is `root` or below it. */
function within(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** `p` with the symlinks of its longest existing prefix resolved. */
function realish(p: string): string {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest);
    } catch {
      const up = path.dirname(at);
      if (up === at) return p;
      rest.unshift(path.basename(at));
      at = up;
    }
  }
}

/** The first existing part of `p` (itself or a parent) that is not a folder, if any. */
function fileOnPath(p: string): string | undefined {
  const parts = p.split(path.sep).filter(Boolean);
  let at = path.parse(p).root;
  for (const part of parts) {
    at = path.join(at, part);
    const stat = statOf(at);
    if (!stat) return undefined;
    if (!stat.isDirectory()) return at;
  }
  return undefined;
}

/** Whether the existing folder `p` is a mount point (its own device, or listed in mountinfo). */
function isMountPoint(p: string): boolean {
  const here = statOf(p);
  const parent = statOf(path.dirname(p));
  if (!here?.isDirectory() || !parent || path.dirname(p) === p) return false;
  if (here.dev !== parent.dev) return true;
  // Note: a bind mount keeps its device number; Linux lists it in mountinfo (field 5, octal escapes).
  let info: string;
  try {
    info = readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return false;
  }
  return info.split("\n").some((line) => {
    const field = line.split(" ")[4];
    return field !== undefined && unescapeMount(field) === p;
  });
}

function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

function statOf(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
