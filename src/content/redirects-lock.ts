// Reads and writes `redirects.lock`: JSON, committed with the content, mapping each
// published article's stable id to its URL history. Untrusted like all content: ids and paths are
// checked, and objects are built from known keys only (R7).
import type { ContentError } from "./errors.ts";
import { decodeText } from "./decode.ts";
import { contentError } from "./errors.ts";
import type { SourceFile } from "./load.ts";

/** The lock's file name in the content tree. */
export const REDIRECTS_LOCK = "redirects.lock";

/** A site path of an article page: `/`-separated segments of letters, digits and `._~-`, ending in `/`. */
const SITE_PATH = /^\/(?:[\p{L}\p{N}_~-][\p{L}\p{N}._~-]*\/)+$/u;

/** Whether `p` is a path a redirect page may be written to (no `..`, no backslash, no NUL). */
export function isLockPath(p: string): boolean {
  return SITE_PATH.test(p) && p.length <= 1000 && !p.split("/").some((s) => s === "..");
}

/** Parses redirects.lock (absent → undefined: redirects are off). */
export function parseRedirectsLock(
  file: SourceFile | undefined,
): { ok: true; lock: RedirectsLock | undefined } | { ok: false; errors: ContentError[] } {
  if (file === undefined) return { ok: true, lock: undefined };
  const decoded = decodeText(file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const bad = (message: string): { ok: false; errors: ContentError[] } => ({
    ok: false,
    errors: [
      contentError(
        file.displayPath,
        "E_LOCK_INVALID",
        message,
        "redirects.lock is written by the build and `npm run news -- gone <id>`; restore it from git",
      ),
    ],
  });
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (e) {
    return bad(`redirects.lock is not JSON: ${(e as Error).message}`);
  }
  const articles =
    data && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)["articles"]
      : undefined;
  if (!articles || typeof articles !== "object" || Array.isArray(articles))
    return bad('redirects.lock has no "articles" object');
  const out = new Map<string, { urls: string[]; gone: boolean }>();
  for (const [id, entry] of Object.entries(articles as Record<string, unknown>)) {
    if (id === "" || id.length > 300) return bad(`id "${id.slice(0, 40)}" is not valid`);
    const e =
      entry && typeof entry === "object" && !Array.isArray(entry)
        ? (entry as Record<string, unknown>)
        : undefined;
    const urls = e?.["urls"];
    if (
      !Array.isArray(urls) ||
      urls.length === 0 ||
      !urls.every((u) => typeof u === "string" && isLockPath(u))
    ) {
      return bad(`entry "${id}" needs "urls": a list of site paths like "/news/2023/05/slug/"`);
    }
    const gone = e?.["gone"];
    if (gone !== undefined && typeof gone !== "boolean")
      return bad(`entry "${id}": "gone" must be true or false`);
    out.set(id, { urls: [...(urls as string[])], gone: gone === true });
  }
  return { ok: true, lock: { articles: out } };
}

/** The lock as committed text: ids sorted, one entry per line group, trailing newline. */
export function renderRedirectsLock(lock: RedirectsLock): string {
  const articles: Record<string, { urls: string[]; gone?: true }> = {};
  for (const id of [...lock.articles.keys()].sort()) {
    const e = lock.articles.get(id)!;
    Object.defineProperty(articles, id, {
      value: e.gone ? { urls: e.urls, gone: true } : { urls: e.urls },
      enumerable: true,
    });
  }
  return JSON.stringify({ articles }, null, 2) + "\n";
}

/**
 * `redirects.lock`: each published article's stable id → its URL history: site paths, oldest
 * first.
 */
export interface RedirectsLock {
  /** Entries by article id (front-matter `id`, else the article's first source path). */
  articles: Map<string, { urls: string[]; gone: boolean }>;
}
