// The page manifest of one output folder, kept in the cache: what each file was rendered from, how
// it looked on disk, and what verify learned about it. It lets the next build carry files over.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FileFacts } from "../publish/verify.ts";

/** One output file as the last successful build left it. */
export interface PageRecord {
  /** Hash of the page's inputs (its view and the code version); empty for files not rendered from a view. */
  hash: string;
  /** The file on disk: a carried-over file must still be this inode, size and mtime. */
  ino: number;
  size: number;
  mtimeMs: number;
  facts: FileFacts;
}

/** What the last successful build into an output folder wrote. */
export interface PageManifest {
  /** The id written into the output's marker file by that build. */
  buildId: string;
  files: Map<string, PageRecord>;
}

const FORMAT = "broadsheet-pages-1";

/** Where the manifest of `outDir` lives in `cacheDir` (one file per output folder). */
export function manifestPath(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "pages", `${key}.json`);
}

/**
 * Reads the manifest of `outDir`; `undefined` when there is none or it is damaged (its checksum
 * line does not match, or its shape is wrong): the build then renders every page.
 */
export function loadManifest(cacheDir: string, outDir: string): PageManifest | undefined {
  return readManifest(manifestPath(cacheDir, outDir));
}

/**
 * The newest manifest in `cacheDir` of an output folder other than `outDir`, or undefined. A CI
 * job's output folder may sit at a new path: its pages' facts are still known by input hash.
 */
export function newestOtherManifest(cacheDir: string, outDir: string): PageManifest | undefined {
  const own = manifestPath(cacheDir, outDir);
  const dir = path.dirname(own);
  let newest: { file: string; mtimeMs: number } | undefined;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (!name.endsWith(".json") || file === own) continue;
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (st && (!newest || st.mtimeMs > newest.mtimeMs)) newest = { file, mtimeMs: st.mtimeMs };
  }
  return newest && readManifest(newest.file);
}

/** The manifest in `file`, if it is there, whole and of this format. */
function readManifest(file: string): PageManifest | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const nl = text.indexOf("\n");
  const body = text.slice(nl + 1);
  if (nl !== 64 || createHash("sha256").update(body).digest("hex") !== text.slice(0, 64))
    return undefined;
  try {
    return decode(JSON.parse(body) as unknown);
  } catch {
    return undefined;
  }
}

/** A manifest serialized with its checksum line, ready to be written (`writeManifest`). */
export interface EncodedManifest {
  /** The output folder it describes (absolute). */
  out: string;
  text: string;
}

/** Serializes the manifest of `outDir` (CPU only: a build does it before its output is published). */
export function encodeManifest(outDir: string, manifest: PageManifest): EncodedManifest {
  const out = path.resolve(outDir);
  const body = JSON.stringify(encode(out, manifest));
  return { out, text: `${createHash("sha256").update(body).digest("hex")}\n${body}` };
}

/** Writes an encoded manifest atomically, and drops manifests of output folders that are gone. */
export function writeManifest(cacheDir: string, manifest: EncodedManifest): void {
  const file = manifestPath(cacheDir, manifest.out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, manifest.text);
  fs.renameSync(tmp, file);
  fs.writeFileSync(`${file.slice(0, -5)}.out`, manifest.out);
  prune(path.dirname(file));
}

/** Removes the manifest of `outDir` (its output changed outside a successful build). */
export function dropManifest(cacheDir: string, outDir: string): void {
  fs.rmSync(manifestPath(cacheDir, outDir), { force: true });
}

/** The serialized form: strings (paths, URLs) interned once, records as arrays. */
interface Encoded {
  format: string;
  out: string;
  buildId: string;
  strings: string[];
  /** [file, hash, ino, size, mtimeMs, urls, anchors, xml] with string indices. */
  files: [number, string, number, number, number, number[], number[], EncodedXml | 0][];
}
type EncodedXml = [number[], [number, number][], number];

function encode(out: string, m: PageManifest): Encoded {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Encoded["files"] = [];
  for (const [f, r] of m.files) {
    const x = r.facts.xml;
    files.push([
      id(f),
      r.hash,
      r.ino,
      r.size,
      r.mtimeMs,
      (r.facts.urls ?? []).map(id),
      (r.facts.anchors ?? []).map(id),
      x ? [x.urls.map(id), x.lastmod.map(([u, d]) => [id(u), id(d)]), x.entries] : 0,
    ]);
  }
  return { format: FORMAT, out, buildId: m.buildId, strings, files };
}

function decode(raw: unknown): PageManifest | undefined {
  const e = raw as Partial<Encoded> | null;
  if (!e || e.format !== FORMAT || typeof e.buildId !== "string") return undefined;
  if (!Array.isArray(e.strings) || !Array.isArray(e.files)) return undefined;
  const strings = e.strings;
  const str = (i: unknown): string => {
    const s = typeof i === "number" ? strings[i] : undefined;
    if (typeof s !== "string") throw new Error("bad string index");
    return s;
  };
  const files = new Map<string, PageRecord>();
  for (const row of e.files) {
    if (!Array.isArray(row) || row.length !== 8) return undefined;
    const [f, hash, ino, size, mtimeMs, urls, anchors, xml] = row;
    if (typeof hash !== "string" || ![ino, size, mtimeMs].every((n) => typeof n === "number"))
      return undefined;
    const facts: FileFacts = {};
    if (urls.length) facts.urls = urls.map(str);
    if (anchors.length) facts.anchors = anchors.map(str);
    if (xml !== 0) {
      facts.xml = {
        urls: xml[0].map(str),
        lastmod: xml[1].map(([u, d]) => [str(u), str(d)]),
        entries: xml[2],
      };
    }
    files.set(str(f), { hash, ino, size, mtimeMs, facts });
  }
  return { buildId: e.buildId, files };
}

function prune(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith(".out")) continue;
    const out = fs.readFileSync(path.join(dir, name), "utf8");
    if (fs.existsSync(out)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    fs.rmSync(path.join(dir, `${name.slice(0, -4)}.json`), { force: true });
    fs.rmSync(path.join(dir, `${name.slice(0, -4)}.stamp`), { force: true });
  }
}
