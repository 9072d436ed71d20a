// Maps a request path to a file inside the preview's output folder, and refuses anything else:
// `..` (plain or percent-encoded), encoded slashes and backslashes, NUL, and symlinks leading out.
import fs from "node:fs/promises";
import path from "node:path";

/** What a request path resolves to. */
export type Resolved =
  | { kind: "file"; file: string }
  | { kind: "redirect"; location: string }
  | { kind: "forbidden"; reason: string }
  | { kind: "missing" };

/** Characters a request path may not carry once decoded: separators smuggled in, NUL, controls. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_DECODED = /[\\\0-\x1f\x7f]/;

/**
 * Resolves the path of `rawUrl` (as the client sent it, query ignored) below `root`: a file, a
 * folder's `index.html`, a redirect to add the slash a folder needs, or a refusal. The real path of
 * the answer (symlinks followed) must lie inside the real path of `root`.
 */
export async function resolveRequest(root: string, rawUrl: string): Promise<Resolved> {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? "";
  if (!rawPath.startsWith("/")) return { kind: "forbidden", reason: "not an absolute path" };
  const segments: string[] = [];
  for (const raw of rawPath.split("/").slice(1)) {
    // An encoded slash or backslash would become a separator after decoding.
    if (/%(2f|5c)/i.test(raw)) return { kind: "forbidden", reason: "encoded separator" };
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { kind: "forbidden", reason: "malformed percent-encoding" };
    }
    if (seg === "." || seg === "..") return { kind: "forbidden", reason: "dot segment" };
    if (FORBIDDEN_DECODED.test(seg)) return { kind: "forbidden", reason: "forbidden character" };
    segments.push(seg);
  }
  const wantsFolder = segments.length === 0 || segments[segments.length - 1] === "";
  const rel = segments.filter((s) => s !== "");
  const base = path.resolve(root);
  const target = path.join(base, ...rel);
  if (!isInside(base, target)) return { kind: "forbidden", reason: "outside the output folder" };
  const file = wantsFolder ? path.join(target, "index.html") : target;
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) return { kind: "missing" };
  if (stat.isDirectory()) {
    if (wantsFolder) return { kind: "missing" };
    // Rebuilt from the checked segments: `//host` in the request never becomes a Location.
    return { kind: "redirect", location: `/${rel.map(encodeURIComponent).join("/")}/` };
  }
  if (!stat.isFile()) return { kind: "forbidden", reason: "not a regular file" };
  const [realRoot, realFile] = await Promise.all([fs.realpath(base), fs.realpath(file)]).catch(
    () => [undefined, undefined],
  );
  if (!realRoot || !realFile || !isInside(realRoot, realFile))
    return { kind: "forbidden", reason: "leads outside the output folder" };
  return { kind: "file", file: realFile };
}

/** Whether `child` is `dir` itself or below it (a prefix match on whole path segments). */
export function isInside(dir: string, child: string): boolean {
  const rel = path.relative(dir, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
