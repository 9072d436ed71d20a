// Strict YAML for front matter and the site's config files (DESIGN §5; FEATURES R5–R7, P-19).
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument } from "yaml";
import type { Node as YamlNode, Pair } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";

/** A position in the file: 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** A key path into parsed YAML: map keys and list indexes. */
export type YamlPath = readonly PropertyKey[];

/** Parsed YAML: plain data (strings, lists, null-prototype maps; plain `null`/`~`/empty → null) and a locator. */
export interface YamlTree {
  data: unknown;
  /** The file position of the key (or the value) at `path`; the nearest existing ancestor if absent. */
  locate(path: YamlPath, part?: "key" | "value"): Position;
}

/** Options of `parseYaml`. */
export interface YamlOptions {
  /** The path errors name. */
  file: string;
  /** The file line the YAML text starts on (2 for front matter, 1 for a whole file). */
  firstLine: number;
  /** Cap on the YAML text, in UTF-8 bytes (`E_YAML_SIZE`). */
  maxBytes: number;
}

/** Deepest nesting of lists and maps (R6). */
export const MAX_YAML_DEPTH = 8;
/** Keys that could reach `Object.prototype` through a merge (R7, P-17). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

const ERROR_CODES: Record<string, string> = {
  DUPLICATE_KEY: "E_YAML_DUP_KEY",
  TAB_AS_INDENT: "E_YAML_TAB",
  RESOURCE_EXHAUSTION: "E_YAML_DEPTH",
};
const CORE_NULL = /^(?:null|Null|NULL|~|)$/;

/**
 * Parses YAML with the FAILSAFE schema (every scalar a string), refusing duplicate keys, tabs,
 * anchors and aliases, nesting deeper than 8, oversize input, YAML tags and the keys `__proto__`,
 * `constructor`, `prototype` at any depth. Every problem is located; all of them are returned.
 * Note: P-19 — no YAML 1.1 coercion; aliases are refused outright (no billion laughs).
 */
export function parseYaml(
  src: string,
  options: YamlOptions,
): { ok: true; tree: YamlTree } | { ok: false; errors: ContentError[] } {
  const { file, firstLine } = options;
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col };
  };
  const err = (code: string, message: string, hint: string, pos: Position): ContentError =>
    contentError(file, code, message, hint, pos.line, pos.col);

  if (Buffer.byteLength(src, "utf8") > options.maxBytes) {
    return {
      ok: false,
      errors: [
        err(
          "E_YAML_SIZE",
          `YAML is larger than ${options.maxBytes} bytes`,
          "keep front matter short; long text belongs in the body",
          { line: firstLine, col: 1 },
        ),
      ],
    };
  }
  const deep = prescanDepth(src);
  if (deep !== -1) {
    const before = src.slice(0, deep);
    const line = firstLine + (before.match(/\n/g)?.length ?? 0);
    const col = deep - before.lastIndexOf("\n");
    return {
      ok: false,
      errors: [
        err(
          "E_YAML_DEPTH",
          `nesting deeper than ${MAX_YAML_DEPTH} levels`,
          "flatten the structure",
          { line, col },
        ),
      ],
    };
  }

  const doc = parseDocument(src, {
    schema: "failsafe",
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
  });
  const errors: ContentError[] = [];
  const lines = src.split("\n");
  for (const e of doc.errors) {
    const pos = at(e.pos[0]);
    const srcLine = lines[pos.line - firstLine] ?? "";
    const tabbed = /^[ ]*\t/.test(srcLine);
    const code = tabbed ? "E_YAML_TAB" : (ERROR_CODES[e.code] ?? "E_YAML_SYNTAX");
    const hint =
      code === "E_YAML_TAB"
        ? "indent with spaces, not tabs"
        : code === "E_YAML_DUP_KEY"
          ? "remove or rename one of the keys"
          : code === "E_YAML_DEPTH"
            ? "flatten the structure"
            : "check the YAML syntax near this position (quote text that contains a colon)";
    const message =
      code === "E_YAML_DUP_KEY"
        ? "duplicate key"
        : code === "E_YAML_TAB"
          ? "tab used for indentation"
          : e.message.split("\n")[0]!;
    if (!errors.some((x) => x.line === pos.line && x.code === code))
      errors.push(err(code, message, hint, pos));
  }
  if (errors.length > 0) return { ok: false, errors };

  const walkErrors: ContentError[] = [];
  const check = (node: unknown, depth: number): void => {
    if (isAlias(node)) {
      walkErrors.push(
        err(
          "E_YAML_ALIAS",
          "YAML aliases are not allowed",
          "write the value out in full",
          at(node.range?.[0] ?? 0),
        ),
      );
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    const pos = at(node.range?.[0] ?? 0);
    if (node.anchor)
      walkErrors.push(
        err(
          "E_YAML_ALIAS",
          `YAML anchor "&${node.anchor}" is not allowed`,
          "write the value out in full",
          pos,
        ),
      );
    if (node.tag)
      walkErrors.push(
        err(
          "E_YAML_SYNTAX",
          "YAML tags (!…) are not allowed",
          "remove the tag; values are plain text",
          pos,
        ),
      );
    if (isScalar(node)) return;
    if (depth > MAX_YAML_DEPTH) {
      walkErrors.push(
        err(
          "E_YAML_DEPTH",
          `nesting deeper than ${MAX_YAML_DEPTH} levels`,
          "flatten the structure",
          pos,
        ),
      );
      return;
    }
    for (const item of node.items) {
      if (!isPair(item)) {
        check(item, depth + 1);
        continue;
      }
      const key = item.key;
      if (isScalar(key)) {
        check(key, depth + 1);
        if (FORBIDDEN_KEYS.has(String(key.value))) {
          walkErrors.push(
            err(
              "E_FM_FORBIDDEN_KEY",
              `key "${String(key.value)}" is not allowed`,
              "rename the key; __proto__, constructor and prototype are never valid",
              at(key.range?.[0] ?? 0),
            ),
          );
        }
      } else {
        walkErrors.push(
          err(
            "E_YAML_SYNTAX",
            "only plain text keys are allowed",
            "write the key as plain text",
            key && typeof key === "object" && "range" in key
              ? at((key as YamlNode).range?.[0] ?? 0)
              : pos,
          ),
        );
      }
      check(item.value, depth + 1);
    }
  };
  check(doc.contents, 1);
  if (walkErrors.length > 0) return { ok: false, errors: walkErrors };

  const locate = (path: YamlPath, part: "key" | "value" = "value"): Position => {
    let node: unknown = doc.contents;
    let best: Position = { line: firstLine, col: 1 };
    if (isScalar(node) || isMap(node) || isSeq(node)) best = at(node.range?.[0] ?? 0);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p: Pair) => isScalar(p.key) && String(p.key.value) === String(seg),
        );
        if (!pair || !isScalar(pair.key)) return best;
        best = at(pair.key.range?.[0] ?? 0);
        if (last && part === "key") return best;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === "number") {
        node = node.items[seg];
      } else return best;
      const range = (node as YamlNode | null | undefined)?.range;
      if (range && !(isScalar(node) && range[0] === range[1])) best = at(range[0]);
    }
    return best;
  };
  return { ok: true, tree: { data: toData(doc.contents), locate } };
}

/** Builds plain data from checked nodes; maps get a null prototype, keys are known-safe by now. */
function toData(node: unknown): unknown {
  if (isScalar(node)) {
    const text = String(node.value ?? "");
    return node.type === "PLAIN" && CORE_NULL.test(text) ? null : text;
  }
  if (isSeq(node)) return node.items.map(toData);
  if (isMap(node)) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const pair of node.items) {
      if (isScalar(pair.key)) out[String(pair.key.value)] = toData(pair.value);
    }
    return out;
  }
  return null;
}

/**
 * Finds nesting deeper than the limit from tokens alone, before building a tree: the `yaml` parser
 * itself runs out of memory on `- `×20000 or `[`×20000. Returns the offset, or -1.
 */
function prescanDepth(src: string): number {
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  for (const token of new Lexer().lex(src)) {
    if (token === "[" || token === "{") flow++;
    else if (token === "]" || token === "}") flow = Math.max(0, flow - 1);
    else if (token === "\n" || token === "\r\n") indicators = 0;
    else if (token === "-" || token === "?") indicators++;
    if (flow + indicators > MAX_YAML_DEPTH) return offset;
    // Lexer control tokens (document start, scalar marker…) are not part of the source text.
    if (!(token.length === 1 && token < " " && token !== "\n" && token !== "\t"))
      offset += token.length;
  }
  return -1;
}
