// One JSON-LD block: the only `<script>` a page carries, and it holds data, not code.
import type { VNode } from "preact";
import type { JsonObject } from "../../src/collect/json.ts";

/**
 * JSON text safe inside `<script>`: `<`, `>`, `&` and the JS line separators are written as
 * `\u003c`-style escapes, so `</script>` or `<!--` in a title cannot end or change the element.
 */
export function serializeJsonLd(value: JsonObject): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `<script type="application/ld+json">` with the escaped JSON of `data`. */
export function JsonLd(props: { data: JsonObject }): VNode {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(props.data) }}
    />
  );
}
