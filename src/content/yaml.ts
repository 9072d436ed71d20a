// Strict YAML for front matter and the site's config files: plain text data, every problem located.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { ownString } from "../own-string.ts";
import { depthError, findTooDeep } from "./yaml-depth.ts";
import { yamlLocator } from "./yaml-locate.ts";
import { checkNodes } from "./yaml-nodes.ts";
import { syntaxErrors } from "./yaml-syntax.ts";
import type { Position, YamlTree } from "./yaml-tree.ts";

export type { Position, YamlPath, YamlTree } from "./yaml-tree.ts";

/** Options of `parseYaml`. */
export interface YamlOptions {
  /** The path errors name. */
  file: string;
  /** The file line the YAML text starts on (2 for front matter, 1 for a whole file). */
  firstLine: number;
  /** Cap on the YAML text, in UTF-8 bytes (`E_YAML_SIZE`). */
  maxBytes: number;
}

const CORE_NULL = /^(?:null|Null|NULL|~|)$/;

/**
 * Parses YAML with the FAILSAFE schema (every scalar a string, so no YAML 1.1 coercion of `no` or
 * `1.0`), refusing duplicate keys, tabs, anchors and aliases, nesting deeper than 8, oversize input,
 * YAML tags and the keys `__proto__`, `constructor`, `prototype` at any depth. Every problem is
 * located; all of them are returned.
 */
export function parseYaml(
  src: string,
  options: YamlOptions,
): { ok: true; tree: YamlTree } | { ok: false; errors: ContentError[] } {
  const { file, firstLine } = options;
  if (Buffer.byteLength(src, "utf8") > options.maxBytes) {
    return {
      ok: false,
      errors: [
        contentError(
          file,
          "E_YAML_SIZE",
          `YAML is larger than ${options.maxBytes} bytes`,
          "keep front matter short; long text belongs in the body",
          firstLine,
          1,
        ),
      ],
    };
  }
  const deep = findTooDeep(src, firstLine);
  if (deep !== undefined) return { ok: false, errors: [depthError(file, deep)] };

  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col };
  };
  const doc = parseDocument(src, {
    schema: "failsafe",
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
  });
  const errors = syntaxErrors(doc.errors, src, { file, firstLine, at });
  if (errors.length > 0) return { ok: false, errors };
  const nodeErrors = checkNodes(doc.contents, file, at);
  if (nodeErrors.length > 0) return { ok: false, errors: nodeErrors };
  const locate = yamlLocator(doc.contents, firstLine, at);
  return { ok: true, tree: { data: toData(doc.contents), locate } };
}

/** Builds plain data from checked nodes; maps get a null prototype, keys are known-safe by now. */
function toData(node: unknown): unknown {
  if (isScalar(node)) {
    const text = String(node.value ?? "");
    return node.type === "PLAIN" && CORE_NULL.test(text) ? null : ownString(text);
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
