// A body image as a `<picture>`: the hast a local image node renders to, from the rendition plan.
import type { Element, ElementContent } from "hast";
import type { MediaAsset } from "../content/values.ts";
import { href } from "../routes.ts";
import { COLUMN_SIZES, MIME, renditionSet, type Rendition } from "../images/plan.ts";

/**
 * `data` for an mdast image node that makes mdast-util-to-hast emit
 * `<picture><source type srcset sizes>…<img src srcset sizes width height alt loading decoding>`:
 * the same renditions collect lists for the images stage (`bodySet`), lazy, sized to the column.
 * The alt text stays a property value (escaped when serialized), and the sanitizer still runs last.
 */
export function pictureData(
  asset: MediaAsset,
  alt: string,
  title: string | null,
  baseUrl: string,
): { hName: "picture"; hProperties: Record<string, null>; hChildren: ElementContent[] } {
  const set = renditionSet(asset);
  const srcset = (rs: readonly Rendition[]) =>
    rs.map((r) => `${href(baseUrl, r.path)} ${r.width}w`).join(", ");
  const sources: Element[] = set.formats.slice(0, -1).map((f) => ({
    type: "element",
    tagName: "source",
    properties: { type: MIME[f.format], srcSet: srcset(f.renditions), sizes: COLUMN_SIZES },
    children: [],
  }));
  const img: Element = {
    type: "element",
    tagName: "img",
    properties: {
      src: href(baseUrl, set.fallback.path),
      srcSet: srcset(set.formats[set.formats.length - 1]!.renditions),
      sizes: COLUMN_SIZES,
      width: set.fallback.width,
      height: set.fallback.height,
      alt,
      ...(title === null ? {} : { title }),
      loading: "lazy",
      decoding: "async",
    },
    children: [],
  };
  // The handler gives the node `src`, `alt` and `title`: nulled, they stay off the `<picture>`.
  const hProperties = { src: null, alt: null, title: null };
  return { hName: "picture", hProperties, hChildren: [...sources, img] };
}
