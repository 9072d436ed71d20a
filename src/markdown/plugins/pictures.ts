// Transform: a resolved local image becomes a `<picture>` of its renditions (after figures took titles).
import type { Image, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { MediaAsset } from "../../content/values.ts";
import { pictureData } from "../picture.ts";
import { RenderState } from "../state.ts";

declare module "mdast" {
  interface ImageData {
    /** The media asset a local image resolved to (set by `remarkBodyImages`). */
    asset?: MediaAsset;
  }
}

/**
 * remark plugin: every image `remarkBodyImages` resolved to a local asset renders as
 * `<picture>` (AVIF, WebP, fallback srcsets; lazy). Runs after `remarkFigures`, so a figure's title
 * has already moved to its caption; an inline image keeps its title on the `<img>`.
 */
export function remarkPictures() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, "image", (node: Image) => {
      const asset = node.data?.asset;
      if (!asset) return;
      const picture = pictureData(asset, node.alt ?? "", node.title ?? null, state.ctx.baseUrl);
      node.data = { ...node.data, ...picture };
    });
  };
}
