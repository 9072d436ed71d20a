// Links translations: articles sharing a `translationKey`, one per language.
import { fieldLocation, formatLocation } from "./field-location.ts";
import type { Article } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { Lang } from "../routes.ts";

/** Translations by key and language, and duplicate keys found within one language. */
export interface CollectedTranslations {
  byKey: Map<string, Map<Lang, Article>>;
  errors: ContentError[];
}

/** Groups published articles by `translationKey`; a key used twice in one language fails. */
export function collectTranslations(articles: readonly Article[]): CollectedTranslations {
  const byKey = new Map<string, Map<Lang, Article>>();
  const errors: ContentError[] = [];
  for (const a of articles) {
    if (!a.translationKey) continue;
    let group = byKey.get(a.translationKey);
    if (!group) byKey.set(a.translationKey, (group = new Map()));
    const other = group.get(a.lang);
    if (other) {
      errors.push({
        ...fieldLocation(a, "translationKey"),
        code: "E_TRANSLATION_DUP",
        message: `translationKey "${a.translationKey}" is used twice in "${a.lang}" (also ${formatLocation(fieldLocation(other, "translationKey"))})`,
        hint: "each edition may hold one article per translationKey; rename one key",
      });
      continue;
    }
    group.set(a.lang, a);
  }
  return { byKey, errors };
}
