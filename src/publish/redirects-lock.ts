// Keeps `redirects.lock` in step with the content: a local build writes the updated lock
// into the content tree (to be committed); a CI build never writes it and fails with E_LOCK_STALE
// when it would change. Also marks a removed article gone (`npm run news -- gone <id>`).
import fs from "node:fs/promises";
import path from "node:path";
import type { CollectResult } from "../collect/site-data.ts";
import { displayPath } from "../content/display-path.ts";
import { contentError } from "../content/errors.ts";
import {
  parseRedirectsLock,
  REDIRECTS_LOCK,
  renderRedirectsLock,
} from "../content/redirects-lock.ts";
import type { ContentError } from "../content/errors.ts";
import type { RedirectsLock } from "../content/redirects-lock.ts";
import { stageWrite, type PendingFile } from "./staged-write.ts";

/** How the lock may be updated. */
export interface LockOptions {
  /** The content tree (where redirects.lock lives). */
  contentDir: string;
  /** CI (`CI=true`): never write, fail when stale. */
  ci: boolean;
  /** Write the updated lock (a local build after a successful publish; never `check` or preview). */
  write: boolean;
}

/** Whether the environment is CI (GitHub Actions and most others set `CI=true`). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === "true" || env.CI === "1";
}

/**
 * Applies `collected.redirects` (undefined without a lock): nothing when unchanged; in CI an
 * `E_LOCK_STALE` error; else (when allowed) the lock is rewritten atomically.
 */
export async function syncRedirectsLock(
  collected: Pick<CollectResult, "redirects">,
  opts: LockOptions,
): Promise<ContentError[]> {
  const plan = collected.redirects;
  if (!plan || !plan.changed) return [];
  if (opts.ci) {
    // New entries only (first publication): nothing to redirect yet; the next local build records them.
    if (!plan.stale) return [];
    return [
      contentError(
        displayPath(path.join(opts.contentDir, REDIRECTS_LOCK)),
        "E_LOCK_STALE",
        "redirects.lock does not match the articles (an article's URL changed)",
        "run `npm run build` locally and commit the updated redirects.lock",
      ),
    ];
  }
  if (opts.write) await writeLock(opts.contentDir, plan.lock);
  return [];
}

/**
 * The lock file a local build writes once it publishes (undefined when nothing changed, in CI, or
 * when writing is not allowed): the pipeline stages it before the swap, so a failing write stops
 * the build while the old output is still in place.
 */
export function pendingLock(
  collected: Pick<CollectResult, "redirects">,
  opts: LockOptions,
): PendingFile | undefined {
  const plan = collected.redirects;
  if (!plan || !plan.changed || opts.ci || !opts.write) return undefined;
  return { file: path.join(opts.contentDir, REDIRECTS_LOCK), text: renderRedirectsLock(plan.lock) };
}

/** Marks article `id` gone in `<contentDir>/redirects.lock`; its old URLs then answer 410. */
export async function markGone(
  contentDir: string,
  id: string,
): Promise<{ ok: true; file: string } | { ok: false; error: ContentError }> {
  const file = path.join(contentDir, REDIRECTS_LOCK);
  const display = displayPath(file);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return {
      ok: false,
      error: contentError(
        display,
        "E_LOCK_MISSING",
        "there is no redirects.lock",
        "redirects are off without a lock: nothing to mark",
      ),
    };
  }
  const parsed = parseRedirectsLock({ path: REDIRECTS_LOCK, displayPath: display, bytes });
  if (!parsed.ok) return { ok: false, error: parsed.errors[0]! };
  const lock = parsed.lock!;
  const entry = lock.articles.get(id);
  if (!entry) {
    return {
      ok: false,
      error: contentError(
        display,
        "E_LOCK_UNKNOWN_ID",
        `"${id}" is not in redirects.lock`,
        `listed ids: ${[...lock.articles.keys()].slice(0, 10).join(", ")}`,
      ),
    };
  }
  lock.articles.set(id, { urls: entry.urls, gone: true });
  await writeLock(contentDir, lock);
  return { ok: true, file: display };
}

async function writeLock(contentDir: string, lock: RedirectsLock): Promise<void> {
  const file = path.join(contentDir, REDIRECTS_LOCK);
  await (await stageWrite({ file, text: renderRedirectsLock(lock) })).commit();
}
