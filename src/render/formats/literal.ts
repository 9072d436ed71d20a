// Text for xmlbuilder2 taken literally: its writer leaves anything shaped like an entity
// (`&lt;`, `&#60;`, `&amp;`) unescaped, so a title written as "&lt;b&gt;" would reach a feed reader
// as "<b>". Escaping every `&` first makes the writer keep it as `&amp;`, and the text round-trips.

/** `value` escaped so that xmlbuilder2 writes exactly these characters (text or attribute). */
export function literal(value: string): string {
  return value.replaceAll("&", "&amp;");
}
