// Front matter read through gray-matter, whose only engine that ever runs is our strict YAML reader:
// every other language (JavaScript, CoffeeScript, JSON, TOML…) is refused before anything is evaluated.
import matter from "gray-matter";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { parseYaml } from "./yaml.ts";
import type { YamlOptions, YamlTree } from "./yaml.ts";

/** What reading a front-matter block gives: the YAML tree, or every located problem. */
export type FrontMatterRead = { ok: true; tree: YamlTree } | { ok: false; errors: ContentError[] };

/** A gray-matter engine as its `engines` option takes it. */
export interface GrayMatterEngine {
  parse: (input: string) => object;
  stringify: (data: object) => string;
}

/** Thrown by every engine but YAML's, before the block is looked at; carries the language asked for. */
export class FrontMatterLanguageError extends Error {
  readonly code = "E_FM_LANG";
  constructor(readonly language: string) {
    super(`front matter language "${language}" not allowed (YAML only)`);
    this.name = "FrontMatterLanguageError";
  }
}

/**
 * Languages gray-matter 4.0.3 runs by itself or through an alias (`javascript` is `eval`), and those
 * that plugins commonly add; each one gets an engine that refuses.
 */
export const REFUSED_LANGUAGES: readonly string[] = [
  "javascript",
  "js",
  "coffee",
  "coffeescript",
  "cson",
  "json",
  "json5",
  "jsonc",
  "toml",
  "hjson",
];

/** gray-matter's delimiters: `---` opens; only a whole `---` line closes (its default also takes `----`). */
const DELIMITERS: [string, string] = ["---", "---\n"];

/** The `engines` map given to gray-matter: `yaml` and `yml` run `readYaml`; every other name refuses. */
export function frontMatterEngines(
  readYaml: (block: string) => object,
): Record<string, GrayMatterEngine> {
  const noStringify = (): string => {
    throw new Error("front matter is never written back");
  };
  const engines: Record<string, GrayMatterEngine> = {};
  for (const language of REFUSED_LANGUAGES) {
    engines[language] = {
      parse: () => {
        throw new FrontMatterLanguageError(language);
      },
      stringify: noStringify,
    };
  }
  engines["yaml"] = { parse: readYaml, stringify: noStringify };
  engines["yml"] = engines["yaml"];
  return engines;
}

/**
 * Reads the front matter of `input` (opening `---` line, block, closing `---` line) with gray-matter,
 * its block going to `parseYaml` (FAILSAFE, located errors; `options.firstLine` is the block's first
 * line). Options are always passed, so gray-matter's content cache stays off; `excerpt` is off. A
 * language after the opening `---`, known to gray-matter or not, is `E_FM_LANG` at 1:4.
 */
export function readWithGrayMatter(input: string, options: YamlOptions): FrontMatterRead {
  let read: FrontMatterRead | undefined;
  const engines = frontMatterEngines((block) => {
    read = parseYaml(afterOpeningLine(block), options);
    // gray-matter stores this as its `data`; the tree stays in `read`, with its positions.
    return {};
  });
  const language = matter.language(input).name;
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(input, { language: "yaml", engines, excerpt: false, delimiters: DELIMITERS });
  } catch (e) {
    if (read !== undefined) throw e;
    // An unknown name fails inside gray-matter's engine lookup (`not registered`, `__proto__`).
    return refused(e instanceof FrontMatterLanguageError ? e.language : language, options.file);
  }
  if (read !== undefined) return read;
  // A prototype member (`---toString`, `---constructor`) is "an engine" to gray-matter.
  if (language !== "") return refused(language, options.file);
  // gray-matter calls no engine for a blank or comment-only block; it still gets the size cap.
  if ((file as { isEmpty?: boolean }).isEmpty === true)
    return parseYaml(afterOpeningLine(file.matter), options);
  throw new Error(`${options.file}: gray-matter gave front matter that no engine read`);
}

/**
 * Reads a block already split off by our own fence check (the lines between the two `---` lines,
 * file line `options.firstLine` on) through gray-matter. The block has no line that is exactly
 * `---`, so gray-matter's closing delimiter falls where ours did.
 */
export function parseFrontMatterBlock(block: string, options: YamlOptions): FrontMatterRead {
  return readWithGrayMatter(`---\n${block}\n---\n`, options);
}

/** gray-matter's block starts with the rest of the opening line; the YAML starts on the next one. */
function afterOpeningLine(block: string): string {
  const newline = block.indexOf("\n");
  return newline === -1 ? "" : block.slice(newline + 1);
}

function refused(language: string, file: string): FrontMatterRead {
  return {
    ok: false,
    errors: [
      contentError(
        file,
        "E_FM_LANG",
        `front matter language "${language}" not allowed (YAML only)`,
        "open the front matter with a plain --- line",
        1,
        4,
      ),
    ],
  };
}
