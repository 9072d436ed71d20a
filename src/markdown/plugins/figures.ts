// Transform: an image alone in its paragraph becomes a figure, its title the caption and credit.
import type { Image, Parent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { splitCaption, type Figure } from "../figure.ts";
import { RenderState } from "../state.ts";

/**
 * remark plugin: replaces a paragraph holding only an image with a `figure` node; the
 * title moves to the caption (` © ` starts the credit) and leaves the `<img>`. Inline images stay.
 * Every figure is kept: two identical captions in a row both render.
 */
export function remarkFigures() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    if (RenderState.of(file).fatal) return;
    visit(tree, "paragraph", (node, index, parent) => {
      if (index === undefined || !parent) return;
      const content = node.children.filter(
        (child) => !(child.type === "text" && child.value.trim() === ""),
      );
      const image = content[0];
      if (content.length !== 1 || image?.type !== "image") return;
      const { caption, credit } = splitCaption(image.title ?? "");
      const figureImage: Image = { ...image, title: null };
      const figure: Figure = {
        type: "figure",
        children: [figureImage],
        caption,
        credit,
        position: node.position,
      };
      const container: Parent = parent;
      container.children[index] = figure;
    });
  };
}
