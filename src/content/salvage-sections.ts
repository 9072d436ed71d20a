// Reserved section ids of a site.yaml that does not parse: read from the parser's partial document,
// so an editor sees them in the same run as the syntax error instead of after fixing it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { isReservedSegment } from "../routes.ts";
import { contentError, type ContentError } from "./errors.ts";

/** `E_SLUG_RESERVED` for each `sections[i].id` the partial document holds that is reserved. */
export function reservedSectionIds(text: string, file: string): ContentError[] {
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { schema: "failsafe", lineCounter, prettyErrors: false });
  } catch {
    return [];
  }
  const sections = isMap(doc.contents) ? doc.contents.get("sections", true) : undefined;
  if (!isSeq(sections)) return [];
  const errors: ContentError[] = [];
  sections.items.forEach((item, i) => {
    const id = isMap(item) ? item.get("id", true) : undefined;
    if (!isScalar(id) || typeof id.value !== "string" || !isReservedSegment(id.value)) return;
    const at = lineCounter.linePos(id.range?.[0] ?? 0);
    errors.push(
      contentError(
        file,
        "E_SLUG_RESERVED",
        `sections[${i}].id "${id.value}" is a reserved name`,
        "choose another section id",
        at.line,
        at.col,
      ),
    );
  });
  return errors;
}
