// The rendition plan (pure): which resized and cropped files one image yields in each context, and their names.
import type { MediaAsset } from "../content/values.ts";

/** Output formats, in the order a `<picture>` lists them (best first; the fallback last). */
export type ImageFormat = "avif" | "webp" | "jpeg" | "png";

/** The MIME type of each format, for `<source type>`. */
export const MIME: Record<ImageFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** Crops a context may ask for: 16:9, 4:3, 1:1 and Open Graph's 1200×630. */
export type Aspect = "16x9" | "4x3" | "1x1" | "og";

const RATIO: Record<Aspect, [number, number]> = {
  "16x9": [16, 9],
  "4x3": [4, 3],
  "1x1": [1, 1],
  og: [1200, 630],
};

/**
 * The `sizes` of an image that spans the article column, matching `layouts/styles/` (keep in sync):
 * the column is `--measure` (44rem) wide, the viewport below that.
 */
export const COLUMN_SIZES = "(min-width: 44rem) 44rem, 100vw";

/** Where a crop keeps its subject: a front-matter `image.focus`, or sharp's attention strategy. */
export type Focus = string;

/** The srcset widths of a full-size image (never above the source's width). */
export const LADDER = [320, 480, 640, 960, 1440, 2048] as const;

/** No output image is wider or taller than this. */
export const MAX_SIDE = 2560;

/** AVIF costs ~3× WebP to encode: at most these widths (the nearest the ladder has) get one. */
const AVIF_TARGETS = [480, 960, 1440];

/** One output file: its source, its site path, its format, size and crop. */
export interface Rendition {
  /** Content path of the source image. */
  source: string;
  /** SHA-256 of the source bytes. */
  sha256: string;
  /** Site path, `/media/<name>.<sha256-12>-<width>.<ext>` (crops: `-<aspect>[-<focus>]-<width>`). */
  path: string;
  format: ImageFormat;
  width: number;
  height: number;
  /** Cover-crop to this aspect around `focus`; absent: the whole image, resized. */
  crop?: { aspect: Aspect; focus: Focus };
}

/** One image in one context: the renditions per format (best first), and the `<img>` fallback. */
export interface RenditionSet {
  formats: { format: ImageFormat; renditions: Rendition[] }[];
  fallback: Rendition;
}

/** What a context asks of an image. */
export interface SetRequest {
  /** Crop to an aspect (cards: 16:9); absent: the whole image. */
  aspect?: Aspect;
  focus?: Focus;
  /** The widest rendition the context can use (a thumbnail needs less). */
  maxWidth?: number;
}

/** The fallback format: PNG when the source may hold transparency, else JPEG. */
export function fallbackFormat(asset: MediaAsset): ImageFormat {
  return asset.alpha ? "png" : "jpeg";
}

/** The largest crop of `aspect` the source holds, in source pixels (orientation applied). */
export function cropBox(asset: MediaAsset, aspect: Aspect): { width: number; height: number } {
  const [a, b] = RATIO[aspect];
  if (asset.width * b > asset.height * a)
    return { width: Math.floor((asset.height * a) / b), height: asset.height };
  return { width: asset.width, height: Math.floor((asset.width * b) / a) };
}

/** Srcset widths up to `max` (never upscaled): the ladder, plus `max` itself below the top step. */
export function widthsUpTo(max: number): number[] {
  const top = Math.min(max, MAX_SIDE);
  const out: number[] = LADDER.filter((w) => w <= top);
  const last = out[out.length - 1] ?? 0;
  if (top < LADDER[5] && top > last) out.push(top);
  return out;
}

/** The ≤ 3 widths that get an AVIF: for each target, the nearest width the set has. */
export function avifWidths(widths: readonly number[]): number[] {
  if (widths.length <= AVIF_TARGETS.length) return [...widths];
  const picked = new Set<number>();
  for (const t of AVIF_TARGETS) {
    let best = widths[0]!;
    for (const w of widths) if (Math.abs(w - t) < Math.abs(best - t)) best = w;
    picked.add(best);
  }
  return widths.filter((w) => picked.has(w));
}

/** The extension a format's files carry. */
function extOf(format: ImageFormat): string {
  return format === "jpeg" ? "jpg" : format;
}

/** One rendition of `asset`: `width` wide, whole or cropped to `aspect` around `focus`. */
export function rendition(
  asset: MediaAsset,
  format: ImageFormat,
  width: number,
  aspect?: Aspect,
  focus: Focus = "attention",
): Rendition {
  const base = asset.path.slice(0, asset.path.lastIndexOf("."));
  if (aspect === undefined) {
    const height = Math.max(1, Math.round((asset.height * width) / asset.width));
    return { ...common(asset, format, width, height), path: `${base}-${width}.${extOf(format)}` };
  }
  const [a, b] = RATIO[aspect];
  const height = Math.max(1, Math.round((width * b) / a));
  const tag = focus === "attention" ? aspect : `${aspect}-${focus}`;
  return {
    ...common(asset, format, width, height),
    path: `${base}-${tag}-${width}.${extOf(format)}`,
    crop: { aspect, focus },
  };
}

function common(asset: MediaAsset, format: ImageFormat, width: number, height: number) {
  return { source: asset.source, sha256: asset.sha256, format, width, height };
}

/** Each image's rendition sets by request, made once (a photo on 500 cards is one set): never mutate one. */
const sets = new WeakMap<MediaAsset, Map<string, RenditionSet>>();

/** The renditions of one image in one context: AVIF (≤ 3 widths), WebP and the fallback format. */
export function renditionSet(asset: MediaAsset, req: SetRequest = {}): RenditionSet {
  const key = `${req.aspect ?? ""}\0${req.focus ?? ""}\0${req.maxWidth ?? ""}`;
  let byReq = sets.get(asset);
  if (!byReq) sets.set(asset, (byReq = new Map()));
  let set = byReq.get(key);
  if (!set) byReq.set(key, (set = makeSet(asset, req)));
  return set;
}

/** A rendition set, made. */
function makeSet(asset: MediaAsset, req: SetRequest): RenditionSet {
  const box = req.aspect ? cropBox(asset, req.aspect) : asset;
  const widths = widthsUpTo(Math.min(box.width, req.maxWidth ?? MAX_SIDE));
  const fallback = fallbackFormat(asset);
  const make = (format: ImageFormat, ws: readonly number[]) => ({
    format,
    renditions: ws.map((w) => rendition(asset, format, w, req.aspect, req.focus)),
  });
  const formats = [make("avif", avifWidths(widths)), make("webp", widths), make(fallback, widths)];
  const all = formats[2]!.renditions;
  // The `<img src>`: the widest up to 960 px, for the rare browser without srcset.
  const fb = [...all].reverse().find((r) => r.width <= 960) ?? all[0]!;
  return { formats, fallback: fb };
}

/**
 * One crop for social and search previews (`og`: 1200×630; JSON-LD: 16:9, 4:3, 1:1 at 1200 wide),
 * never upscaled; undefined when the source holds less than `minPixels` of it.
 */
export function previewCrop(
  asset: MediaAsset,
  aspect: Aspect,
  focus: Focus | undefined,
  minPixels = 0,
): Rendition | undefined {
  const box = cropBox(asset, aspect);
  const width = Math.min(1200, box.width);
  const r = rendition(asset, "jpeg", width, aspect, focus);
  if (asset.alpha) Object.assign(r, rendition(asset, "png", width, aspect, focus));
  return r.width * r.height >= minPixels && r.width > 0 ? r : undefined;
}
