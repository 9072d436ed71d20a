// The one path resolver: a local link or image target (body or front matter) against the article
// file, as a git host's Markdown preview resolves it; `/` starts at the content root.
import { posix } from "node:path";

/** A local target split into its resolved content path and the `?query#fragment` it carried. */
export type ResolvedTarget =
  | { ok: true; path: string; query: string; fragment: string }
  /** `escape`: leaves the content root (or holds `\` or NUL); `malformed`: bad percent-encoding. */
  | { ok: false; reason: "escape" | "malformed" };

/**
 * Resolves `target` (a relative or `/`-rooted URL path) written in the article at `source`
 * (content-relative posix path) to a content-relative posix path. The path part is percent-decoded;
 * query and fragment are returned as written.
 */
export function resolveTarget(source: string, target: string): ResolvedTarget {
  const hashAt = target.indexOf("#");
  const beforeHash = hashAt === -1 ? target : target.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : target.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const rawPath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? "" : beforeHash.slice(queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (decoded.includes("\\") || decoded.includes("\0")) return { ok: false, reason: "escape" };
  const joined = decoded.startsWith("/")
    ? posix.normalize(`.${decoded}`)
    : posix.normalize(posix.join(posix.dirname(source), decoded));
  if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(joined)) {
    return { ok: false, reason: "escape" };
  }
  return { ok: true, path: joined.replace(/\/$/, ""), query, fragment };
}
