// Transform: a link to another article's `.md` file becomes that article's URL.
import path from "node:path";
import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import { RenderState } from "../state.ts";
import { classifyUrl } from "../url.ts";

/** Whether a local URL path points at a Markdown file (before `?query` or `#fragment`). */
function isMarkdownPath(url: string): boolean {
  return /\.md$/i.test(url.replace(/[?#].*$/s, ""));
}

/** Whether a local URL is relative (not `/`-rooted) and has a path (`?q` and `#f` alone do not). */
function isRelativePath(url: string): boolean {
  const p = url.replace(/[?#].*$/s, "");
  return p !== "" && !/^[/\\]/.test(p);
}

/**
 * remark plugin: rewrites links to `.md` files (relative to the article, or `/`-rooted from the
 * content root) to the article's href, keeping `?query#fragment`; E_LINK_BROKEN when no article has
 * that file, or when a relative link names anything else (`../site.yaml`, `nope/`, a folder: nothing
 * the site publishes at that path); E_PATH_ESCAPE when the path leaves the content root. Rooted
 * site paths (`/tags/x/`) and external links stay as written.
 */
export function remarkArticleLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }): undefined => {
    const state = RenderState.of(file);
    if (state.fatal) return;
    visit(tree, "link", (node) => {
      if (classifyUrl(node.url).kind !== "local") return;
      if (!isMarkdownPath(node.url)) {
        if (isRelativePath(node.url)) reportNotArticle(state, node);
        return;
      }
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
          elsewhereHint(state, target.path) ??
            "check the path (relative to this article file, or to the content folder when it starts with /); a draft or embargoed article cannot be linked until it is published",
        );
        return;
      }
      node.url = articleHref + target.query + target.fragment;
    });
  };
}

/**
 * `did you mean "../2024/x.md"?` when a published article with the link's file name sits in another
 * folder (the link as written from this article), else undefined.
 */
function elsewhereHint(state: RenderState, targetPath: string): string | undefined {
  const fileName = targetPath.slice(targetPath.lastIndexOf("/") + 1);
  const found = state.ctx.articlesNamed(fileName).filter((p) => p !== targetPath);
  if (found.length === 0) return undefined;
  const from = path.posix.dirname(state.input.source);
  const spelled = found.slice(0, 3).map((p) => `"${path.posix.relative(from, p)}"`);
  const more = found.length > 3 ? ` (${found.length - 3} more)` : "";
  return `did you mean ${spelled.join(" or ")}${more}? an article with this file name is in another folder`;
}

/** E_LINK_BROKEN for a relative link to something that is not an article file (or E_PATH_ESCAPE). */
function reportNotArticle(state: RenderState, node: Link): void {
  const target = state.resolveLocal(
    node,
    "link",
    "E_LINK_BROKEN",
    "link to an article inside the content folder, relative to this article file",
  );
  if (!target) return;
  state.report(
    node,
    "E_LINK_BROKEN",
    `link "${node.url}" points to "${target.path || "."}", which is not an article file`,
    "a relative link must name an article's .md file (the site publishes nothing else at that path); link a site page by its path from the root, e.g. /tags/city/",
  );
}
