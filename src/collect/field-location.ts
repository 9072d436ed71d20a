// Where an article's field is written, for collect-stage errors: its file, line and column.
import type { ArticleFields } from "../content/article.ts";

/** A place in a content file. */
export interface FieldLocation {
  file: string;
  line: number;
  col: number;
}

/**
 * The place of `field` (`"translationKey"`, `"authors.2"`, `"tags.0"`) in article `a`: the item,
 * else its list's key, else the file's first line.
 */
export function fieldLocation(
  a: Pick<ArticleFields, "displayPath" | "fieldAt">,
  field: string,
): FieldLocation {
  const at = a.fieldAt[field] ?? a.fieldAt[field.split(".")[0]!] ?? { line: 1, col: 1 };
  return { file: a.displayPath, line: at.line, col: at.col };
}

/** `file:line:col`, as error messages name another place. */
export function formatLocation(l: FieldLocation): string {
  return `${l.file}:${l.line}:${l.col}`;
}
