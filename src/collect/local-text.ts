// Picks the text for one language out of a site.yaml/authors.yaml text field.
import type { LocalText } from "../content/values.ts";
import type { Lang } from "../routes.ts";

/** The text of `t` in `lang`, else in the default language, else the first one given. */
export function localText(t: LocalText | undefined, lang: Lang, fallback: Lang): string {
  if (t === undefined) return "";
  if (typeof t === "string") return t;
  return t[lang] ?? t[fallback] ?? Object.values(t)[0] ?? "";
}
