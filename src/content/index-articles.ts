// The index stage: every parsed article's status, URL and output file, computed once, and its hero
// image resolved; the link table the Markdown bodies resolve article links against.
import { absoluteUrl, href, makeRoutes, outputFile } from "../routes.ts";
import type { ArticlePlace } from "./article.ts";
import { contentError, type ContentError } from "./errors.ts";
import type { ArticleMeta } from "./front-matter.ts";
import type { SiteConfig } from "./site-config.ts";
import { articleStatus, isShown } from "./status.ts";
import type { HeroImage, MediaAsset, Stamp } from "./values.ts";

/** An article placed on the site, its body not yet compiled. */
export type IndexedArticle = Omit<ArticleMeta, "image"> & ArticlePlace & { image?: HeroImage };

/** What the index stage needs. */
export interface IndexOptions {
  config: SiteConfig;
  now: Stamp;
  preview: boolean;
  /** Media by content path. */
  media: ReadonlyMap<string, MediaAsset>;
}

/** The placed articles, the hrefs of the articles a body may link to, and the problems found. */
export interface IndexedContent {
  articles: IndexedArticle[];
  /** Root-relative href of every article that gets a page, by source path. */
  articleHrefs: Map<string, string>;
  errors: ContentError[];
}

/**
 * Places every article; one with a missing hero image is reported and left out. Two articles with
 * one front-matter `id` are an error: the id is what `redirects.lock` keys URL history by.
 */
export function indexArticles(metas: readonly ArticleMeta[], opts: IndexOptions): IndexedContent {
  const routes = makeRoutes(opts.config.languages[0]!);
  const out: IndexedContent = {
    articles: [],
    articleHrefs: new Map(),
    errors: duplicateIds(metas),
  };
  for (const m of metas) {
    const path = routes.article(m.lang, m.section, m.date.ymd, m.slug);
    const place: ArticlePlace = {
      status: articleStatus(m, opts.now),
      path,
      href: href(opts.config.baseUrl, path),
      url: absoluteUrl(opts.config.baseUrl, path),
      file: outputFile(path),
    };
    const { image: written, ...fields } = m;
    let image: HeroImage | undefined;
    if (written) {
      const media = opts.media.get(written.src);
      if (!media) {
        out.errors.push(
          contentError(
            m.displayPath,
            "E_IMAGE_MISSING",
            `image.src "${written.src}" does not exist`,
            "paths are relative to the article file, e.g. ../media/photo.jpg",
            written.line,
            written.col,
          ),
        );
        continue;
      }
      const { alt, caption, credit, decorative, focus } = written;
      image = { media, alt, caption, credit, decorative, ...(focus ? { focus } : {}) };
    }
    out.articles.push({ ...fields, ...place, ...(image ? { image } : {}) });
    // Only articles that get a page are link targets: a link to a draft or an embargoed article
    // would publish its URL early, so it fails as E_LINK_BROKEN instead.
    if (isShown(place.status, opts.preview)) out.articleHrefs.set(m.source, place.href);
  }
  return out;
}

/**
 * `E_ID_DUPLICATE` for each article whose `id` an earlier one (by source path) already has, located
 * at the earlier file's `id` field and naming the later file with its line and column.
 */
export function duplicateIds(metas: readonly ArticleMeta[]): ContentError[] {
  const first = new Map<string, ArticleMeta>();
  const errors: ContentError[] = [];
  const sorted = [...metas].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  for (const m of sorted) {
    const earlier = first.get(m.id);
    if (!earlier) {
      first.set(m.id, m);
      continue;
    }
    const at = earlier.fieldAt.id ?? { line: 1, col: 1 };
    const other = m.fieldAt.id ?? { line: 1, col: 1 };
    errors.push(
      contentError(
        earlier.displayPath,
        "E_ID_DUPLICATE",
        `id "${m.id}" is also the id of ${m.displayPath}:${other.line}:${other.col}`,
        "every article needs its own id: give the copy a new ULID, or remove its id line",
        at.line,
        at.col,
      ),
    );
  }
  return errors;
}
