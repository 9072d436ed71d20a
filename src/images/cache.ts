// The derived-image cache: renditions and probes stored by content hash + parameters in `<cache>/img/`.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fingerprint } from "../fingerprint.ts";
import { ENCODER_SETTINGS, sharpVersions } from "./encoder-settings.ts";
import type { Rendition } from "./plan.ts";

/**
 * The encoder's identity (part of every rendition's key): sharp's and libvips' versions, our
 * settings and the code that encodes (only that code: a change elsewhere re-encodes no photo).
 */
const ENGINE = JSON.stringify([
  sharpVersions(),
  ENCODER_SETTINGS,
  fingerprint(["src/images/encode.ts", "src/images/encoder-settings.ts"]),
]);

/** The prober's identity (part of every probe's key): sharp's versions and the code that probes. */
const PROBER = JSON.stringify([
  sharpVersions(),
  fingerprint(["src/images/encode.ts", "src/images/probe-image.ts"]),
]);

/**
 * The key of one rendition: SHA-256 over the encoder, the source's SHA-256 and the parameters that
 * shape the bytes (not the file name: the same crop of the same bytes is shared by any name).
 */
export function renditionKey(r: Rendition): string {
  return createHash("sha256")
    .update(JSON.stringify([ENGINE, r.sha256, r.format, r.width, r.height, r.crop ?? null]))
    .digest("hex");
}

/** What a probe checks (a cached probe is a verdict on the bytes). */
const PROBE_VERSION = "probe-2: metadata, 32 px decode failing on warnings";

/** The key of a probe of the source whose SHA-256 is `sha256`. */
export function probeKey(sha256: string): string {
  return createHash("sha256")
    .update(JSON.stringify([PROBER, PROBE_VERSION, sha256]))
    .digest("hex");
}

/**
 * The image cache folder of a build's cache: `<cache>/img/`, or `$BROADSHEET_IMAGE_CACHE` (one
 * content-addressed folder that many builds share, e.g. the test runs); `false` without a cache.
 */
export function imageCacheDir(cacheDir: string | false): string | false {
  if (cacheDir === false) return false;
  const shared = process.env["BROADSHEET_IMAGE_CACHE"];
  return shared ? path.resolve(shared) : path.join(cacheDir, "img");
}

/** The file of the entry `key` with extension `ext` in the image cache `dir`. */
export function entryPath(dir: string, key: string, ext: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.${ext}`);
}

/** A cached entry's bytes, or undefined (absent or unreadable: then it is made again). */
export async function readEntry(
  dir: string,
  key: string,
  ext: string,
): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(entryPath(dir, key, ext));
  } catch {
    return undefined;
  }
}

/**
 * Stores an entry atomically (temp file + rename), so a shared cache never shows a partial file;
 * a failure to write is ignored (the cache is an optimisation, safe to delete).
 */
export async function writeEntry(dir: string, key: string, ext: string, bytes: Uint8Array) {
  const file = entryPath(dir, key, ext);
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}
