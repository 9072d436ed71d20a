// The checks on a parsed YAML tree: no aliases, anchors or tags, no deep nesting, no dangerous keys.
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import type { Node as YamlNode, Pair } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { findBadValueChar } from "./value-chars.ts";
import { depthError, MAX_YAML_DEPTH } from "./yaml-depth.ts";
import type { Position } from "./yaml-tree.ts";

/** Keys that could reach `Object.prototype` when the data is merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** A walk over the tree: the file errors name, how to locate an offset, and what was found. */
interface Walk {
  file: string;
  at: (offset: number) => Position;
  errors: ContentError[];
}

/**
 * Every alias, anchor and tag, nesting deeper than `MAX_YAML_DEPTH`, non-text key, forbidden key and
 * key or value whose decoded text holds a character no field may hold (`findBadValueChar`) in the
 * tree under `root` (aliases are refused outright, so no alias bomb can expand).
 */
export function checkNodes(
  root: unknown,
  file: string,
  at: (offset: number) => Position,
): ContentError[] {
  const walk: Walk = { file, at, errors: [] };
  checkNode(walk, root, 1, "");
  return walk.errors;
}

function report(walk: Walk, code: string, message: string, hint: string, pos: Position): void {
  walk.errors.push(contentError(walk.file, code, message, hint, pos.line, pos.col));
}

/** Checks one node at nesting `depth` (named `field` in messages: `title`, `tags[1]`), then its children. */
function checkNode(walk: Walk, node: unknown, depth: number, field: string): void {
  if (isAlias(node)) {
    const pos = walk.at(node.range?.[0] ?? 0);
    report(
      walk,
      "E_YAML_ALIAS",
      "YAML aliases are not allowed",
      "write the value out in full",
      pos,
    );
    return;
  }
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
  const pos = walk.at(node.range?.[0] ?? 0);
  if (node.anchor)
    report(
      walk,
      "E_YAML_ALIAS",
      `YAML anchor "&${node.anchor}" is not allowed`,
      "write the value out in full",
      pos,
    );
  if (node.tag)
    report(
      walk,
      "E_YAML_SYNTAX",
      "YAML tags (!…) are not allowed",
      "remove the tag; values are plain text",
      pos,
    );
  if (isScalar(node)) {
    checkValueChars(walk, String(node.value ?? ""), field, pos);
    return;
  }
  if (depth > MAX_YAML_DEPTH) {
    walk.errors.push(depthError(walk.file, pos));
    return;
  }
  node.items.forEach((item, i) => {
    if (isPair(item)) checkPair(walk, item, pos, depth, field);
    else checkNode(walk, item, depth + 1, `${field || "value"}[${i}]`);
  });
}

/** Reports a decoded value (or key) holding a character no field may hold, at the value. */
function checkValueChars(walk: Walk, text: string, field: string, pos: Position): void {
  const bad = findBadValueChar(text);
  if (!bad) return;
  const what = bad.control
    ? `a control character (${bad.codePoint})`
    : `the character ${bad.codePoint}, which text may not hold`;
  report(
    walk,
    "E_FM_TYPE",
    `${field || "value"} contains ${what}`,
    "remove it (look for an escape such as \\e, \\x1b or \\uFFFE in quoted text): values may hold tabs and line breaks, no other control character",
    pos,
  );
}

/** Checks a map entry: its key must be plain, allowed text; `mapPos` locates a key without a range. */
function checkPair(walk: Walk, item: Pair, mapPos: Position, depth: number, map: string): void {
  const key = item.key;
  const name = isScalar(key) ? String(key.value ?? "") : "";
  if (isScalar(key)) {
    checkNode(walk, key, depth + 1, `key "${name}"${map ? ` in ${map}` : ""}`);
    if (FORBIDDEN_KEYS.has(String(key.value))) {
      report(
        walk,
        "E_FM_FORBIDDEN_KEY",
        `key "${String(key.value)}" is not allowed`,
        "rename the key; __proto__, constructor and prototype are never valid",
        walk.at(key.range?.[0] ?? 0),
      );
    }
  } else {
    report(
      walk,
      "E_YAML_SYNTAX",
      "only plain text keys are allowed",
      "write the key as plain text",
      key && typeof key === "object" && "range" in key
        ? walk.at((key as YamlNode).range?.[0] ?? 0)
        : mapPos,
    );
  }
  checkNode(walk, item.value, depth + 1, map ? `${map}.${name}` : name);
}
