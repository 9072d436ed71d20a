// Resolves bylines to authors: ids from authors.yaml, or plain names that get their own page.
import { fieldLocation, type FieldLocation } from "./field-location.ts";
import type { Article } from "../content/article.ts";
import type { AuthorConfig } from "../content/authors.ts";
import type { ContentError } from "../content/errors.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { LocalText, MediaAsset } from "../content/values.ts";
import { foldPath, isDeviceName, type Lang } from "../routes.ts";
import type { CollectDeps } from "./deps.ts";

/** An author with their articles per language. */
export interface AuthorInfo {
  id: string;
  name: LocalText;
  bio?: LocalText;
  /** What they do at the paper (authors.yaml `role`). */
  role?: LocalText;
  url?: string;
  /** The author's photo (authors.yaml `photo`), resolved. */
  portrait?: MediaAsset;
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
  /** Each author id by its folded form: the key one case-insensitive disk files its page under. */
  const byFold = new Map<string, string>();
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
        const refused = refusal(fieldLocation(a, `authors.${i}`), name, id, byFold);
        if (refused) {
          errors.push(refused);
          continue;
        }
        idOf.set(raw, id);
      }
      let info = byId.get(id);
      if (!info) {
        const reg = known.get(id);
        info = reg
          ? {
              id,
              name: reg.name,
              bio: reg.bio,
              role: reg.role,
              url: reg.url,
              portrait: reg.portrait,
              byLang: new Map(),
            }
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

/**
 * Why a byline's author id cannot have a page: a Windows device name (`aux`), or another author's
 * id once case-folded (`newſ` beside `news`); else records the id's folded form.
 */
function refusal(
  at: FieldLocation,
  name: string,
  id: string,
  byFold: Map<string, string>,
): ContentError | undefined {
  if (isDeviceName(id))
    return {
      ...at,
      code: "E_SLUG_RESERVED",
      message: `author "${name}" gives the reserved slug "${id}"`,
      hint: "Windows reserves device names (con, nul, aux, prn, com1, lpt1…) in every folder: spell the name out or give the author an id in authors.yaml",
    };
  const other = byFold.get(foldPath(id));
  if (other !== undefined && other !== id)
    return {
      ...at,
      code: "E_SLUG_COLLISION",
      message: `author "${name}" → /authors/${id}/, which one case-insensitive disk sees as /authors/${other}/`,
      hint: "spell both bylines alike, or give the authors ids in authors.yaml",
    };
  byFold.set(foldPath(id), id);
  return undefined;
}

/** The resolved authors of one article's byline, in its order (typos left out: they are errors). */
export function bylineOf(authors: CollectedAuthors, a: Pick<Article, "authors">): AuthorInfo[] {
  return a.authors.flatMap((raw) => {
    const id = authors.idOf.get(raw);
    const info = id === undefined ? undefined : authors.byId.get(id);
    return info ? [info] : [];
  });
}
