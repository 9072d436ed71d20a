// Splits a Markdown file into its YAML front matter and its body with our own fence check, which
// gray-matter cannot do for us (it takes `---js`, a `----` line and an unclosed block); it then parses.
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";

/** A split file: the YAML text (file line 2 on, no line of it exactly `---`) and the body. */
export interface FrontMatterBlock {
  yaml: string;
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

/**
 * Splits decoded text (BOM stripped, LF endings). The file must open with `---` alone on its line and
 * close it with another `---` line. `---js`, `---constructor` and any other word after the opening
 * dashes are refused here, before any parser sees them; nothing is kept between calls.
 */
export function splitFrontMatter(
  text: string,
  file: string,
): { ok: true; block: FrontMatterBlock } | { ok: false; error: ContentError } {
  const lines = text.split("\n");
  const first = (lines[0] ?? "").trimEnd();
  const missingHint =
    "start the file with a line ---, then title, date and section, then another ---";
  if (!first.startsWith("---") || first.startsWith("----")) {
    return {
      ok: false,
      error: contentError(file, "E_FM_MISSING", "the file has no front matter", missingHint),
    };
  }
  const language = first.slice(3).trim();
  if (language !== "") {
    return {
      ok: false,
      error: contentError(
        file,
        "E_FM_LANG",
        `front matter language "${language}" not allowed (YAML only)`,
        "open the front matter with a plain --- line",
        1,
        4,
      ),
    };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  if (close === -1) {
    return {
      ok: false,
      error: contentError(
        file,
        "E_FM_UNCLOSED",
        "front matter is not closed",
        "end the front matter with a line ---",
      ),
    };
  }
  return {
    ok: true,
    block: {
      yaml: lines.slice(1, close).join("\n"),
      body: lines.slice(close + 1).join("\n"),
      bodyLine: close + 2,
    },
  };
}
