// Resolves bylines to authors: ids from authors.yaml, or plain names that get their own page.
import { fieldLocation } from "./field-location.ts";
import type { Article } from "../content/article.ts";
import type { AuthorConfig } from "../content/authors.ts";
import type { ContentError } from "../content/errors.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { LocalText } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import type { CollectDeps } from "./deps.ts";

/** An author with their articles per language. */
export interface AuthorInfo {
  id: string;
  name: LocalText;
  bio?: LocalText;
  url?: string;
  byLang: Map<Lang, Article[]>;
}

/** Result of resolving every byline. */
export interface CollectedAuthors {
  byId: Map<string, AuthorInfo>;
  /** Byline entry as written → author id. */
  idOf: Map<string, string>;
  errors: ContentError[];
}

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * Resolves the authors of `articles` (newest first). An id-shaped name missing from authors.yaml
 * while a close id exists is a typo (`E_AUTHOR_UNKNOWN`); anything else unknown is a plain name.
 */
export function collectAuthors(
  articles: readonly Article[],
  registry: readonly AuthorConfig[],
  config: SiteConfig,
  deps: CollectDeps,
): CollectedAuthors {
  const known = new Map(registry.map((a) => [a.id, a]));
  const ids = [...known.keys()];
  const byId = new Map<string, AuthorInfo>();
  const idOf = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const a of articles) {
    for (const [i, raw] of a.authors.entries()) {
      let id = idOf.get(raw);
      if (id === undefined) {
        const name = raw.trim();
        if (known.has(name)) id = name;
        else {
          const close = ID_SHAPE.test(name) ? deps.suggest(name, ids) : undefined;
          if (close) {
            errors.push({
              ...fieldLocation(a, `authors.${i}`),
              code: "E_AUTHOR_UNKNOWN",
              message: `author "${name}" is not in authors.yaml`,
              hint: `did you mean "${close}"?`,
            });
            continue;
          }
          id = deps.slugify(name, config.slugStyle === "unicode" ? "unicode" : "pinyin");
        }
        idOf.set(raw, id);
      }
      let info = byId.get(id);
      if (!info) {
        const reg = known.get(id);
        info = reg
          ? { id, name: reg.name, bio: reg.bio, url: reg.url, byLang: new Map() }
          : { id, name: raw.trim(), byLang: new Map() };
        byId.set(id, info);
      }
      const list = info.byLang.get(a.lang);
      if (!list) info.byLang.set(a.lang, [a]);
      else if (list.at(-1) !== a) list.push(a);
    }
  }
  return { byId, idOf, errors };
}

/** The resolved authors of one article's byline, in its order (typos left out: they are errors). */
export function bylineOf(authors: CollectedAuthors, a: Pick<Article, "authors">): AuthorInfo[] {
  return a.authors.flatMap((raw) => {
    const id = authors.idOf.get(raw);
    const info = id === undefined ? undefined : authors.byId.get(id);
    return info ? [info] : [];
  });
}
