// Reads a built search index for assertions: Pagefind's files are gzip-compressed (a byte grep of
// the output finds nothing), so each is decompressed here; fragments are parsed as JSON.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { listTree, ROOT, tempDir, writeTree } from "./cli.ts";
import { article, siteYaml } from "./site.ts";

/** One page's fragment: what a search result shows. */
export interface Fragment {
  url: string;
  /** The indexed text (Chinese word breaks removed). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The bucket folder it was found in: `en/2023/`. */
  bucket: string;
}

/** Pagefind's signature at the start of every decompressed index file. */
const SIGNATURE = "pagefind_dcd";

/** The decompressed bytes of a Pagefind index file (fragment, index chunk, filter, metadata). */
export function decompress(bytes: Uint8Array): Buffer {
  const raw = zlib.gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString("latin1") !== SIGNATURE)
    throw new Error("not a Pagefind file");
  return raw.subarray(SIGNATURE.length);
}

/** Every compressed file of the index below `<out>/pagefind/`, decompressed, by output path. */
export function indexFiles(out: string): Map<string, Buffer> {
  const root = path.join(out, "pagefind");
  const files = new Map<string, Buffer>();
  for (const f of fs.existsSync(root) ? listTree(root) : []) {
    if (/\.pf_(fragment|index|filter|meta)$/.test(f))
      files.set(f, decompress(fs.readFileSync(path.join(root, f))));
  }
  return files;
}

/** Every fragment of the index, parsed. */
export function fragments(out: string): Fragment[] {
  const out2: Fragment[] = [];
  for (const [f, bytes] of indexFiles(out)) {
    if (!f.endsWith(".pf_fragment")) continue;
    const bucket = f.replace(/fragment\/[^/]+$/, "");
    const frag = JSON.parse(bytes.toString("utf8")) as Omit<Fragment, "bucket">;
    // Pagefind separates the words it segmented (Chinese) with zero-width spaces.
    out2.push({ ...frag, content: frag.content.replace(/\u200b/g, ""), bucket });
  }
  return out2.sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The output paths of index files whose decompressed bytes contain `needle` (UTF-8). */
export function indexFilesContaining(out: string, needle: string): string[] {
  const hits: string[] = [];
  for (const [f, bytes] of indexFiles(out)) if (bytes.includes(Buffer.from(needle))) hits.push(f);
  return hits;
}

/** A bilingual fixture over two years, with tags, authors, a hero image and one draft. */
export function searchSite(): string {
  const content = path.join(tempDir(), "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/en/pier.md": article(
      {
        title: '"Ferry pier reopens at Chaotianmen"',
        date: "2024-03-02 09:00",
        tags: '["Ferries", "River"]',
        authors: '["Ada Lovelace"]',
        summary: '"Quayside lanterns light the new pontoons."',
        image: '{ src: ../../media/boat.jpg, alt: "A ferry at the pier" }',
      },
      "The old pier reopened with floating pontoons for the river barges.\n",
    ),
    "articles/en/bridge.md": article(
      { title: '"Bridge lights return"', date: "2024-02-10 20:00", tags: '["Ferries"]' },
      "Eight bridges light up over the confluence every evening.\n",
    ),
    "articles/en/cable.md": article(
      { title: '"Cable car tickets go digital"', date: "2023-11-05 11:00", section: "tech" },
      "The gondola operator drops paper tickets for phone bookings on the river crossing.\n",
    ),
    "articles/en/draft.md": article(
      { title: '"Draft about xylophones"', draft: "true", date: "2024-04-01 10:00" },
      "A draft xylophone concert by the river.\n",
    ),
    "articles/zh/typhoon.md": article(
      { title: '"超强台风登陆广东"', lang: "zh", date: "2024-05-01 08:00", tags: '["Ferries"]' },
      "受强台风影响，渝港航班和轮渡暂停。\n",
    ),
    "articles/zh/metro.md": article(
      { title: '"轨道交通18号线开通"', lang: "zh", date: "2023-12-28 10:30" },
      "重庆市人民政府新闻办公室发布消息。\n",
    ),
  });
  fs.mkdirSync(path.join(content, "media"));
  fs.copyFileSync(
    path.join(ROOT, "content/media/dragon-boats.jpg"),
    path.join(content, "media/boat.jpg"),
  );
  return content;
}
