// The scenarios of the benchmark: its corpora, the newest article a `publish` run adds, a fresh
// checkout's media, and the cache's size.
import fs from "node:fs";
import path from "node:path";
import { generateCorpus } from "./corpus.ts";
import { writePhotos } from "./photos.ts";

/** The build modes of `npm run bench`, in the order a run measures them. */
export const MODES = ["naive", "hugo", "cold", "warm", "edit", "ci", "publish"];

/**
 * The corpus of `n` articles for `seed` at `<prefix>-<n>` (`-p<photos>` when photo-heavy), generated
 * once (a stamp file keeps its seed and size), and its size in MB.
 */
export async function ensureCorpus(
  prefix: string,
  n: number,
  seed: number,
  photos: number,
): Promise<{ corpus: string; mb: number }> {
  const corpus = `${prefix}-${n}${photos ? `-p${photos}` : ""}`;
  const stamp = path.join(corpus, `.bench-seed-${seed}`);
  if (!fs.existsSync(stamp)) {
    const { bytes } = generateCorpus(n, seed, corpus, photos);
    await writePhotos(corpus, photos, seed);
    fs.writeFileSync(stamp, `${bytes}\n`);
  }
  return { corpus, mb: Number(fs.readFileSync(stamp, "utf8")) / 1e6 };
}

/**
 * A new article made from `model` (a corpus article: its section, tags and authors), dated the
 * last evening before the bench clock so it is the newest of the corpus and heads every list it is in.
 */
export function newestArticle(model: string, k: number): string {
  return model
    .replace(/^title: .*$/m, `title: "The newest story of the bench, number ${k}"`)
    .replace(/^date: .*$/m, "date: 2024-12-31 20:00:00")
    .replace(/^lang: .*\n/m, "");
}

/**
 * Gives every media file of `content` a new ctime, as a fresh clone's checkout does (new files):
 * the media index then describes none of them, and the build reads and hashes every photo.
 */
export function freshCheckout(content: string): void {
  const media = path.join(content, "media");
  for (const e of fs.readdirSync(media, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) fs.utimesSync(path.join(e.parentPath, e.name), new Date(), new Date());
  }
}

/** Bytes below `dir`, in MB. */
export function duMb(dir: string): number {
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return bytes / 1e6;
}

/** The size of each top-level folder of a cache, e.g. `store 412, md 96, parse 9, pages 4`. */
export function cacheParts(cache: string): string {
  return fs
    .readdirSync(cache, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${e.name} ${duMb(path.join(cache, e.name)).toFixed(0)}`)
    .join(", ");
}
