// Parsed YAML as the rest of the parse stage sees it: plain data, and where each part is written.

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
