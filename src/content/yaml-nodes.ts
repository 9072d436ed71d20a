// The checks on a parsed YAML tree: no aliases, anchors or tags, no deep nesting, no dangerous keys.
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import type { Node as YamlNode, Pair } from "yaml";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";
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
 * Every alias, anchor and tag, nesting deeper than `MAX_YAML_DEPTH`, non-text key and forbidden key
 * in the tree under `root` (aliases are refused outright, so no alias bomb can expand).
 */
export function checkNodes(
  root: unknown,
  file: string,
  at: (offset: number) => Position,
): ContentError[] {
  const walk: Walk = { file, at, errors: [] };
  checkNode(walk, root, 1);
  return walk.errors;
}

function report(walk: Walk, code: string, message: string, hint: string, pos: Position): void {
  walk.errors.push(contentError(walk.file, code, message, hint, pos.line, pos.col));
}

/** Checks one node at nesting `depth`, then its children. */
function checkNode(walk: Walk, node: unknown, depth: number): void {
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
  if (isScalar(node)) return;
  if (depth > MAX_YAML_DEPTH) {
    walk.errors.push(depthError(walk.file, pos));
    return;
  }
  for (const item of node.items) {
    if (isPair(item)) checkPair(walk, item, pos, depth);
    else checkNode(walk, item, depth + 1);
  }
}

/** Checks a map entry: its key must be plain, allowed text; `mapPos` locates a key without a range. */
function checkPair(walk: Walk, item: Pair, mapPos: Position, depth: number): void {
  const key = item.key;
  if (isScalar(key)) {
    checkNode(walk, key, depth + 1);
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
  checkNode(walk, item.value, depth + 1);
}
