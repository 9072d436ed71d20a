// Redirects on URL change: from redirects.lock and this build's articles, the
// updated lock, the host file `_redirects` and meta-refresh pages at old URLs (the deploy stage
// writes the same moves and gone URLs into `vercel.json` and `nginx.conf`).
// Without a lock nothing happens. Pure: the build decides whether to write the lock (not in CI).
import type { TextFileView } from "./text-file.ts";
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { RedirectsLock } from "../content/redirects-lock.ts";
import { foldPath, type Lang } from "../routes.ts";
import type { SiteContext } from "./context.ts";

/** What the redirects step produces. */
export interface RedirectPlan {
  pages: RedirectPageView[];
  /** `/_redirects` (Netlify, Cloudflare Pages). */
  textFiles: TextFileView[];
  /** Old URLs (site paths) that answer 410: gone articles', sorted. */
  gone: string[];
  /** The lock as it should now be. */
  lock: RedirectsLock;
  /** Whether `lock` differs from the one read (a local build writes it). */
  changed: boolean;
  /**
   * Whether an entry already in the lock changed (a URL moved): only then does CI fail
   * `E_LOCK_STALE`. Entries that are only new (an article published for the first time, e.g. when an
   * embargo lifts during a scheduled build) need no redirect yet and must not block publishing.
   */
  stale: boolean;
  /** `E_GONE_UNDECLARED` for each listed article that no longer exists and is not marked gone. */
  errors: ContentError[];
}

/**
 * Plans redirects. `articles` is every parsed article (any status); `livePaths` are the paths this
 * build writes: an old URL that a live page took over (compared folded, as macOS and Windows see
 * files) gets no redirect page and no `410`.
 */
export function planRedirects(
  ctx: SiteContext,
  lock: RedirectsLock,
  articles: readonly Article[],
  livePaths: ReadonlySet<string>,
): RedirectPlan {
  const next = new Map<string, { urls: string[]; gone: boolean }>();
  const moved: { from: string; to: string; a: Article }[] = [];
  const goneUrls: string[] = [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const live = new Set([...livePaths].map(foldPath));
  const isLive = (u: string): boolean => live.has(foldPath(u));
  for (const a of articles) {
    const status = a.status;
    const old = lock.articles.get(a.id);
    if (status !== "published") {
      if (old) next.set(a.id, old);
      if (old && status === "expired") goneUrls.push(...old.urls.filter((u) => !isLive(u)));
      continue;
    }
    const current = a.path;
    const urls = old ? [...old.urls.filter((u) => u !== current), current] : [current];
    next.set(a.id, { urls, gone: false });
    const seen = new Set<string>();
    for (const from of urls.slice(0, -1)) {
      // One redirect per old URL of an article, however often the lock lists it.
      if (isLive(from) || seen.has(foldPath(from))) continue;
      seen.add(foldPath(from));
      moved.push({ from, to: current, a });
    }
  }
  const errors: ContentError[] = [];
  for (const [id, entry] of lock.articles) {
    if (byId.has(id)) continue;
    next.set(id, entry);
    if (entry.gone) {
      goneUrls.push(...entry.urls.filter((u) => !isLive(u)));
      continue;
    }
    errors.push({
      file: ctx.displayPath("redirects.lock"),
      line: 1,
      col: 1,
      code: "E_GONE_UNDECLARED",
      message: `article "${id}" (last at ${entry.urls.at(-1)}) is listed in redirects.lock but no longer exists`,
      hint: `if it was removed on purpose, run \`npm run news -- gone ${id}\` and commit redirects.lock; otherwise restore the file`,
    });
  }
  moved.sort((x, y) => cmp(x.from, y.from));
  const redirected = new Set(moved.map((m) => foldPath(m.from)));
  const gone = [...new Set(goneUrls)].filter((u) => !redirected.has(foldPath(u))).sort(cmp);
  const pages = moved.map(({ from, to, a }): RedirectPageView => ({
    path: from,
    target: ctx.absOf(to),
    targetHref: ctx.hrefOf(to),
    title: a.title,
    lang: a.lang,
  }));
  const nextLock = { articles: next };
  return {
    pages,
    textFiles: hostFiles(ctx, moved, gone),
    gone,
    lock: nextLock,
    changed: !sameLock(lock, nextLock),
    stale: [...lock.articles].some(([id, entry]) => !sameEntry(entry, next.get(id))),
    errors,
  };
}

/** `/_redirects`: 301 per move, 410 per gone URL. */
function hostFiles(
  ctx: SiteContext,
  moved: readonly { from: string; to: string }[],
  gone: readonly string[],
): TextFileView[] {
  const notFound = ctx.hrefOf(ctx.routes.notFound(ctx.defaultLang));
  const lines = [
    ...moved.map((m) => `${ctx.hrefOf(m.from)} ${ctx.hrefOf(m.to)} 301`),
    ...gone.map((u) => `${ctx.hrefOf(u)} ${notFound} 410`),
  ];
  return [{ path: "/_redirects", body: lines.length ? `${lines.join("\n")}\n` : "" }];
}

function sameLock(a: RedirectsLock, b: RedirectsLock): boolean {
  if (a.articles.size !== b.articles.size) return false;
  for (const [id, x] of a.articles) if (!sameEntry(x, b.articles.get(id))) return false;
  return true;
}

type LockEntry = { urls: string[]; gone: boolean };

function sameEntry(x: LockEntry, y: LockEntry | undefined): boolean {
  return (
    !!y &&
    x.gone === y.gone &&
    x.urls.length === y.urls.length &&
    x.urls.every((u, i) => u === y.urls[i])
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A page left at an article's old URL: meta refresh and canonical to the new one. */
export interface RedirectPageView {
  /** The old site path. */
  path: string;
  /** Absolute URL of the article's current page. */
  target: string;
  /** Root-relative link to it (with the base path). */
  targetHref: string;
  title: string;
  lang: Lang;
}
