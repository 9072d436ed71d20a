// A generated content tree of n small articles for the atomicity tests (R29): deterministic, cheap to
// render, with a few shared tags and two sections.
import { article } from "../helpers/site.ts";
import type { Tree } from "./harness.ts";

/** The content-relative file of article `i` (1-based): `articles/a-0500.md`. */
export function corpusFile(i: number): string {
  return `articles/a-${String(i).padStart(4, "0")}.md`;
}

/** `n` articles over 2023, tagged from a vocabulary of 10, in sections news and tech. */
export function corpus(n: number, titlePrefix = "Story"): Tree {
  const files: Tree = {};
  for (let i = 1; i <= n; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 8 * 3600_000).toISOString().slice(0, 16);
    files[corpusFile(i)] = article(
      {
        title: `"${titlePrefix} ${i}"`,
        date: day.replace("T", " "),
        section: i % 3 ? "news" : "tech",
        tags: `["topic-${i % 10}", "series-${i % 7}"]`,
      },
      `Paragraph ${i} of the generated corpus.\n`,
    );
  }
  return files;
}
