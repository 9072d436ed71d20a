// Transform: a link to another article's `.md` file becomes that article's URL.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { RenderState } from "../state.ts";
import { classifyUrl } from "../url.ts";

/** Whether a local URL path points at a Markdown file (before `?query` or `#fragment`). */
function isMarkdownPath(url: string): boolean {
  return /\.md$/i.test(url.replace(/[?#].*$/s, ""));
}

/**
 * remark plugin: rewrites links to `.md` files (relative to the article, or `/`-rooted from the
 * content root) to the article's href, keeping `?query#fragment`; E_LINK_BROKEN when no article has
 * that file, E_PATH_ESCAPE when the path leaves the content root. Other links stay as written.
 */
export function remarkArticleLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, "link", (node) => {
      if (classifyUrl(node.url).kind !== "local" || !isMarkdownPath(node.url)) return;
      const target = state.resolveLocal(
        node,
        "link",
        "E_LINK_BROKEN",
        "link to an article inside the content folder, relative to this article file",
      );
      if (!target) return;
      const articleHref = state.ctx.resolveArticleLink(target.path);
      if (articleHref === undefined) {
        state.report(
          node,
          "E_LINK_BROKEN",
          `link "${node.url}" points to "${target.path}", which is not a published article`,
          "check the path (relative to this article file, or to the content folder when it starts with /); a draft or embargoed article cannot be linked until it is published",
        );
        return;
      }
      node.url = articleHref + target.query + target.fragment;
    });
  };
}
