// Locates a key path of parsed YAML in its file, for errors found after parsing (schema checks).
import { isMap, isScalar, isSeq } from "yaml";
import type { Node as YamlNode, Pair } from "yaml";
import type { Position, YamlPath, YamlTree } from "./yaml-tree.ts";

/** The `locate` of a YAML tree whose root node is `root` and whose text starts on line `firstLine`. */
export function yamlLocator(
  root: unknown,
  firstLine: number,
  at: (offset: number) => Position,
): YamlTree["locate"] {
  return (path: YamlPath, part: "key" | "value" = "value"): Position => {
    let node: unknown = root;
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
}
