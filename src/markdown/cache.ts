// The body cache: rendered Markdown stored by content hash in `.cache/md/`, one file per entry.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bodyDigest } from "../content/body.ts";
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

/** A cached body as a build reads it: the render, and the digest of its HTML and text. */
export interface ServedBody extends CachedBody {
  digest: string;
}

/** The lookups a render made, each with the answer it got. */
export type EntryDeps = [kind: "link" | "image", target: string, answer: string][];

/**
 * What a build needs of an entry without reading it (`body-index.ts` keeps one per entry): the
 * entry file's size and mtime, its lookups with their answers, its digest and its media.
 */
export interface IndexRow {
  size: number;
  mtimeMs: number;
  deps: EntryDeps;
  digest: string;
  media: MediaAsset[];
  /** The origin key (`originKey`) of the input that used it last, if it had one. */
  origin?: string;
}

/** An entry served from the cache: its body, and its row for the body index. */
export interface CacheHit {
  body: ServedBody;
  row: IndexRow;
}

/** What a cache key covers besides the body itself. */
export interface CacheScope {
  /** The renderer's version: a hash of its source and its libraries' versions (`rendererVersion()`). */
  renderer: string;
  /** Config fields the renderer reads. */
  baseUrl: string;
  slugStyle: string;
  /** A preview build (a draft's link resolves there, not in a published build). */
  preview?: boolean;
  /** Full SHA-256 of each media file's bytes, by content path (so an image edit invalidates). */
  mediaDigest: ReadonlyMap<string, string>;
}

/**
 * One stored entry: the key, the lookups the render made with their answers, the body and its
 * digest. The file is `<sha256 of the JSON>\n<JSON>`: checked on read without serialising again.
 */
interface Entry {
  key: string;
  deps: EntryDeps;
  body: ServedBody;
}

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

/**
 * The key of one body: SHA-256 over renderer version, config fields read, path and body (the body
 * hashed as it is, after the JSON of the rest: escaping 70 MB of bodies into JSON was half the cost).
 */
export function cacheKey(input: RenderInput, scope: CacheScope): string {
  return createHash("sha256")
    .update(keyHead(input, scope))
    .update("\0")
    .update(input.body)
    .digest("hex");
}

/**
 * The key of what decides a body under `scope` (its origin: the parse code and its file's digest),
 * or undefined without one. One origin key always goes with one `cacheKey`: the body index keeps
 * the pair, so an unchanged file's body is not hashed again (a file whose front matter alone
 * changed has a new origin key, and its body still finds its entry by `cacheKey`).
 */
export function originKey(input: RenderInput, scope: CacheScope): string | undefined {
  if (input.origin === undefined) return undefined;
  return createHash("sha256")
    .update(keyHead(input, scope))
    .update("\0origin\0")
    .update(input.origin)
    .digest("hex");
}

/** What a body's key covers besides the body: renderer version, config fields read, its path. */
function keyHead(input: RenderInput, scope: CacheScope): string {
  return JSON.stringify([
    scope.renderer,
    scope.baseUrl,
    scope.slugStyle,
    scope.preview === true,
    input.source,
  ]);
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

/** The body cache's folder in the cache folder, and its entries' file extension. */
export const BODY_CACHE = { folder: "md", ext: ".json" };

/** The file of the entry `key` in the cache folder `dir`. */
export function bodyEntryPath(dir: string, key: string): string {
  return path.join(dir, BODY_CACHE.folder, key.slice(0, 2), `${key}${BODY_CACHE.ext}`);
}

/**
 * The entry stored under `key` when its checksum and key hold, with its file's size and mtime;
 * undefined otherwise. Never throws.
 */
function readEntry(
  dir: string,
  key: string,
): (Entry & { size: number; mtimeMs: number }) | undefined {
  let text: string;
  let st: fs.Stats;
  try {
    const fd = fs.openSync(bodyEntryPath(dir, key), "r");
    try {
      st = fs.fstatSync(fd);
      text = fs.readFileSync(fd, "utf8");
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  if (text.length < 66 || text[64] !== "\n") return undefined;
  const json = text.slice(65);
  if (sha256(json) !== text.slice(0, 64)) return undefined;
  try {
    const e = JSON.parse(json) as Entry;
    if (!e || typeof e !== "object" || e.key !== key || !Array.isArray(e.deps)) return undefined;
    if (!e.body || typeof e.body.digest !== "string") return undefined;
    return { ...e, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
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
): CacheHit | undefined {
  const e = readEntry(dir, key);
  if (!e || !depsHold(e.deps, tables, scope)) return undefined;
  const { size, mtimeMs, deps, body } = e;
  return { body, row: { size, mtimeMs, deps, digest: body.digest, media: body.media } };
}

/** Whether every lookup a cached render made answers the same today. */
export function depsHold(deps: EntryDeps, tables: RenderTables, scope: CacheScope): boolean {
  return deps.every(([kind, target, was]) => answer(kind, target, tables, scope) === was);
}

/**
 * The HTML and text of the entry for `key` (read again when a page needs them); undefined when it
 * is gone or damaged, or holds another body than `digest`. Never throws.
 */
export function readBodyText(
  dir: string,
  key: string,
  digest: string,
): { html: string; text: string } | undefined {
  const e = readEntry(dir, key);
  return e?.body.digest === digest ? { html: e.body.html, text: e.body.text } : undefined;
}

/**
 * Stores a successful render atomically (temp file + rename). Returns its index row, or undefined
 * when it could not be written (the build goes on without it).
 */
export function writeCached(
  dir: string,
  key: string,
  body: CachedBody,
  deps: RenderDeps,
  tables: RenderTables,
  scope: CacheScope,
): IndexRow | undefined {
  const digest = bodyDigest(body.html, body.text);
  const entry: Entry = {
    key,
    deps: [
      ...deps.links.map((t) => ["link", t, answer("link", t, tables, scope)] as const),
      ...deps.images.map((t) => ["image", t, answer("image", t, tables, scope)] as const),
    ] as Entry["deps"],
    body: { html: body.html, text: body.text, media: body.media, digest },
  };
  const json = JSON.stringify(entry);
  const file = bodyEntryPath(dir, key);
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, `${sha256(json)}\n${json}`);
    fs.renameSync(tmp, file);
    const { size, mtimeMs } = fs.statSync(file);
    return { size, mtimeMs, deps: entry.deps, digest, media: body.media };
  } catch {
    fs.rmSync(tmp, { force: true });
    return undefined;
  }
}

/** The renderer's version: the code fingerprint of `src/markdown/` and the locked libraries. */
export function rendererVersion(): string {
  return fingerprint(RENDERER_INPUTS);
}
