// The body cache: rendered Markdown stored by content hash in `.cache/md/`, one file per entry.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { MediaAsset } from "../content/values.ts";
import { fingerprint, RENDERER_INPUTS } from "../fingerprint.ts";
import type { RenderInput } from "./render.ts";
import type { RenderDeps, RenderTables } from "./tables.ts";

/** A successful render as the cache keeps it. */
export interface CachedBody {
  html: string;
  text: string;
  media: MediaAsset[];
}

/** What a cache key covers besides the body itself. */
export interface CacheScope {
  /** The renderer's version: a hash of its source and its libraries' versions (`rendererVersion()`). */
  renderer: string;
  /** Config fields the renderer reads. */
  baseUrl: string;
  slugStyle: string;
  /** Full SHA-256 of each media file's bytes, by content path (so an image edit invalidates). */
  mediaDigest: ReadonlyMap<string, string>;
}

/** One stored entry: the key, the lookups the render made with their answers, the body, a checksum. */
interface Entry {
  key: string;
  deps: [kind: "link" | "image", target: string, answer: string][];
  body: CachedBody;
  sum: string;
}

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

/** The key of one body: SHA-256 over renderer version, config fields read, path and body. */
export function cacheKey(input: RenderInput, scope: CacheScope): string {
  return sha256(
    JSON.stringify([scope.renderer, scope.baseUrl, scope.slugStyle, input.source, input.body]),
  );
}

/** What a lookup answers today; a cached entry is served only while every answer it saw still holds. */
function answer(
  kind: "link" | "image",
  target: string,
  tables: RenderTables,
  scope: CacheScope,
): string {
  if (kind === "link") return JSON.stringify(tables.articleHrefs.get(target) ?? null);
  const asset = tables.media.get(target);
  return JSON.stringify(asset ? [asset, scope.mediaDigest.get(target) ?? null] : null);
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, "md", key.slice(0, 2), `${key}.json`);
}

function checksum(e: Omit<Entry, "sum">): string {
  return sha256(JSON.stringify([e.key, e.deps, e.body]));
}

/**
 * Reads the entry for `key`; undefined when absent, unreadable, corrupt or partial (checksum), or
 * stale (a link target or image it resolved answers differently now). Never throws.
 */
export function readCached(
  dir: string,
  key: string,
  tables: RenderTables,
  scope: CacheScope,
): CachedBody | undefined {
  let e: Entry;
  try {
    e = JSON.parse(fs.readFileSync(entryPath(dir, key), "utf8")) as Entry;
  } catch {
    return undefined;
  }
  if (!e || typeof e !== "object" || e.key !== key || !Array.isArray(e.deps)) return undefined;
  if (checksum({ key: e.key, deps: e.deps, body: e.body }) !== e.sum) return undefined;
  for (const [kind, target, was] of e.deps) {
    if (answer(kind, target, tables, scope) !== was) return undefined;
  }
  return e.body;
}

/** Stores a successful render atomically (temp file + rename); a failure to write is ignored. */
export function writeCached(
  dir: string,
  key: string,
  body: CachedBody,
  deps: RenderDeps,
  tables: RenderTables,
  scope: CacheScope,
): void {
  const base = {
    key,
    deps: [
      ...deps.links.map((t) => ["link", t, answer("link", t, tables, scope)] as const),
      ...deps.images.map((t) => ["image", t, answer("image", t, tables, scope)] as const),
    ] as Entry["deps"],
    body: { html: body.html, text: body.text, media: body.media },
  };
  const file = entryPath(dir, key);
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify({ ...base, sum: checksum(base) }));
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** The renderer's version: the code fingerprint of `src/markdown/` and the locked libraries. */
export function rendererVersion(): string {
  return fingerprint(RENDERER_INPUTS);
}
