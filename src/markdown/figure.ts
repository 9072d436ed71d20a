// The figure node: an image alone in its paragraph, with the caption and credit from its title.
import type { Element, ElementContent } from "hast";
import type { Image, Parent } from "mdast";
import type { Options } from "remark-html";

/** An image alone in its paragraph; `caption`/`credit` come from the image title. */
export interface Figure extends Parent {
  type: "figure";
  children: [Image];
  caption: string;
  credit: string;
}

declare module "mdast" {
  interface BlockContentMap {
    figure: Figure;
  }
  interface RootContentMap {
    figure: Figure;
  }
}

/** Splits an image title into caption and credit at ` © ` (`"Delegates arrive © Wang Fang"`). */
export function splitCaption(title: string): { caption: string; credit: string } {
  const text = title.trim();
  const at = text.startsWith("© ") ? 0 : text.indexOf(" © ");
  if (at === -1) return { caption: text, credit: "" };
  return {
    caption: text.slice(0, at).trim(),
    credit: text
      .slice(at)
      .replace(/^\s*©\s*/, "")
      .trim(),
  };
}

type Handler = NonNullable<NonNullable<Options["handlers"]>["figure"]>;
type State = Parameters<Handler>[0];

/**
 * mdast-util-to-hast handler for `figure`:
 * `<figure><img …><figcaption>caption <small class="credit">credit</small></figcaption></figure>`.
 */
export function figureHandler(state: State, node: Figure): Element {
  const children: ElementContent[] = [...state.all(node)];
  const captionChildren: ElementContent[] = [];
  if (node.caption)
    captionChildren.push({ type: "text", value: node.credit ? `${node.caption} ` : node.caption });
  if (node.credit) {
    captionChildren.push({
      type: "element",
      tagName: "small",
      properties: { className: ["credit"] },
      children: [{ type: "text", value: node.credit }],
    });
  }
  if (captionChildren.length > 0) {
    children.push({
      type: "element",
      tagName: "figcaption",
      properties: {},
      children: captionChildren,
    });
  }
  const result: Element = { type: "element", tagName: "figure", properties: {}, children };
  state.patch(node, result);
  return result;
}
