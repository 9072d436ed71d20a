// Transform: body images get an alt check; a local one becomes a lazy `<picture>` of its renditions.
import type { Image, Root } from "mdast";
import { visit } from "unist-util-visit";
import { href } from "../../routes.ts";
import { RenderState } from "../state.ts";
import { classifyUrl } from "../url.ts";

/** Attributes every body `<img>` carries besides src, alt and size. */
const LOADING = { loading: "lazy", decoding: "async" } as const;

/** Resolves a local image to its media copy, reporting why when it cannot; true when resolved. */
function resolveLocalImage(state: RenderState, node: Image): boolean {
  const target = state.resolveLocal(
    node,
    "image",
    "E_IMAGE_MISSING",
    "keep images inside the content folder (e.g. media/) and link them relative to this article file",
  );
  if (!target) return false;
  const asset = state.ctx.resolveImage(target.path);
  if (!asset) {
    state.report(
      node,
      "E_IMAGE_MISSING",
      `image "${node.url}" not found (looked for "${target.path}")`,
      "check the path; it is relative to this article file (or to the content folder when it starts with /)",
    );
    return false;
  }
  state.addMedia(asset);
  node.url = href(state.ctx.baseUrl, asset.path);
  // `remarkPictures` makes the `<picture>` once figures have taken their titles.
  node.data = { ...node.data, asset };
  return true;
}

/**
 * remark plugin: E_ALT_MISSING for an image without alt text; a local image (relative to the
 * article, or `/`-rooted) resolves through `ctx.resolveImage` (E_IMAGE_MISSING, E_PATH_ESCAPE) to its
 * media href with width and height; remote http(s) images stay. Every image loads lazily.
 */
export function remarkBodyImages() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, "image", (node) => {
      if (!node.alt?.trim()) {
        state.report(
          node,
          "E_ALT_MISSING",
          `image "${node.url}" has no alt text`,
          "describe the image for readers who cannot see it: ![what it shows](path)",
        );
      }
      const kind = classifyUrl(node.url).kind;
      if (kind === "unsafe") return;
      if (kind === "local") {
        resolveLocalImage(state, node);
        return;
      }
      node.data = { ...node.data, hProperties: { ...LOADING } };
    });
  };
}
