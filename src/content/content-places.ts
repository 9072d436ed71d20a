// The rule of the content tree: which files are read, which are refused, which are ignored by name.
// README.md (Content) states it; `listContentTree` applies it to every entry.

/** What an expected file holds: text (Markdown, YAML, the redirects lock) or media bytes. */
export type FileKind = "text" | "media";

/** What becomes of one regular file: read, refused with an error, or reported as ignored. */
export type Placement =
  | { read: FileKind }
  | { refused: { code: string; message: string; hint: string } }
  | { ignored: string };

const ROOT_FILES = new Set(["site.yaml", "authors.yaml", "tags.yaml", "redirects.lock"]);
/** Text files, which have no place among the media. */
const TEXT_EXT = /\.(?:md|ya?ml)$/is;
/** Markdown as editors and other generators spell it: a file a writer meant to publish. */
const MARKDOWN = /\.(?:md|markdown|mdown|mdwn|mkdn?|mkd|mdx)$/is;
const WHERE =
  "site.yaml, authors.yaml, tags.yaml, redirects.lock, articles/**/*.md, pages/*.md, media/**";

/**
 * Where a regular file at content-relative `rel` belongs. Articles are `articles/**\/*.md` and pages
 * `pages/*.md` exactly; a Markdown file anywhere else under `articles/` or `pages/` (other spelling
 * of the extension, a subfolder of `pages/`, a mis-cased folder) is refused, so no article is lost
 * to a typo; any other file is ignored by name.
 */
export function placeFile(rel: string): Placement {
  if (ROOT_FILES.has(rel)) return { read: "text" };
  if (/^articles\/.+\.md$/s.test(rel) || /^pages\/[^/]+\.md$/s.test(rel)) return { read: "text" };
  const [top = "", ...rest] = rel.split("/");
  if (top === "media" && rest.length > 0)
    return TEXT_EXT.test(rel)
      ? { ignored: "media/ holds images: text files there are not read" }
      : { read: "media" };
  const area = top.toLowerCase();
  if ((area === "articles" || area === "pages") && rest.length > 0 && MARKDOWN.test(rel))
    return { refused: misplaced(rel, top, rest) };
  if (top === "articles" && rest.length > 0) return { ignored: "articles/ holds only *.md files" };
  if (top === "pages" && rest.length > 0) return { ignored: "pages/ holds only *.md files" };
  return { ignored: `not part of a content tree (${WHERE})` };
}

/** Why a Markdown file under `articles/` or `pages/` is not read, and how to make it read. */
function misplaced(
  rel: string,
  top: string,
  rest: string[],
): { code: string; message: string; hint: string } {
  const name = rest[rest.length - 1]!;
  const code = "E_CONTENT_NAME";
  const area = top.toLowerCase();
  if (top !== area)
    return {
      code,
      message: `folder "${top}/" is not read (folder names are lower case)`,
      hint: `move the file to ${area}/`,
    };
  if (area === "pages" && rest.length > 1)
    return {
      code,
      message: "pages are read from pages/*.md only, not from subfolders",
      hint: "move it to pages/, or to articles/ if it is an article",
    };
  const stem = name.replace(MARKDOWN, "");
  return {
    code,
    message: `"${name}" is not read: ${area} are files ending in .md (lower case)`,
    hint: `rename it to ${stem}.md`,
  };
}
