// Where each front-matter field is written, kept as plain data so that later stages (collect) can
// report a problem at the line and column of the field it is about.
import type { Position, YamlTree } from "./yaml.ts";

/**
 * File positions by dotted path (`"title"`, `"authors.0"`, `"tags.3"`): each at its value's first
 * character (at its key when the value is empty), as `image.src` is located.
 */
export type FieldAt = Record<string, Position>;

/** A list field as written (parsed, in order, duplicates kept) and as kept (duplicates dropped). */
export interface ListField {
  written: readonly string[];
  kept: readonly string[];
}

/**
 * Positions of every top-level key of `data`, and of each kept item of `lists` (item `i` of `kept`
 * at the first written occurrence of its value). A list written as one string puts its item at it.
 */
export function fieldPositions(
  tree: YamlTree,
  data: Record<string, unknown>,
  lists: Record<string, ListField> = {},
): FieldAt {
  const entries: [string, Position][] = Object.keys(data).map((key) => [key, tree.locate([key])]);
  for (const [key, { written, kept }] of Object.entries(lists)) {
    if (!Object.hasOwn(data, key)) continue;
    kept.forEach((value, i) => {
      const first = written.indexOf(value);
      entries.push([`${key}.${i}`, tree.locate([key, first === -1 ? i : first])]);
    });
  }
  // fromEntries defines own properties: no key, not even a hostile one, reaches a prototype.
  return Object.fromEntries(entries);
}
