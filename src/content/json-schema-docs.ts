// What each field of the content files means, shown by editors' tools on hover: one line per field,
// keyed by its dotted path (`image.alt`, `corrections.at`); the generator requires one per field.

/** The descriptions of article front matter (`articles/**\/*.md`). */
export const ARTICLE_DOCS: Readonly<Record<string, string>> = {
  title: "The headline (one line, at most 300 characters).",
  date: "Publication date: YYYY-MM-DD or YYYY-MM-DD hh:mm[:ss], in the site time zone unless it has an offset (+08:00, Z). Shown only from then on.",
  section: "One of the sections of site.yaml.",
  updated:
    "When the article was last updated (same format as date): shown as Updated, used as the sitemap lastmod.",
  tags: 'A list of tags: tags: ["#Chongqing", "Hong Kong"]. #AI, AI and "ai " are one tag.',
  authors: "A list of author ids from authors.yaml, or plain names: authors: [li-wei].",
  summary: "A short summary for lists, feeds and search results (at most 500 characters).",
  lang: "The article's language (default: the site's first language).",
  translationKey: "The same key on each translation links them (hreflang and the language switch).",
  image:
    "The hero image: { src, alt, caption, credit, focus } (or decorative: true instead of alt).",
  "image.src": "A file in the content tree, relative to the article: ../media/boats.jpg.",
  "image.alt": "What the image shows, for readers who cannot see it (required unless decorative).",
  "image.caption": "The caption under the image.",
  "image.credit": "Who made the image.",
  "image.focus": "The part of the image to keep when it is cropped.",
  "image.decorative": "true when the image carries no information (then alt is not needed).",
  featured: "true makes this the lead story of the home page (until featuredUntil).",
  featuredUntil:
    "When a featured article stops leading (same format as date; default: featuredHours after date).",
  draft: "true: never published (shown by --preview).",
  publishAt: "Embargo: publish at this time (same format as date) instead of at date.",
  expires: "Remove the article from the site at this time (same format as date).",
  series: 'The series the article belongs to: lower-case letters, digits and "-".',
  slug: "The URL segment of the article (default: the file name, slugified).",
  id: "A permanent id (a ULID) that keeps the article's URL history across renames.",
  corrections: "Corrections shown under the article: [{ at, note }].",
  "corrections.at": "When the correction was made (same format as date).",
  "corrections.note": "What was corrected.",
};

/** The descriptions of plain-page front matter (`pages/*.md`). */
export const PAGE_DOCS: Readonly<Record<string, string>> = {
  title: "The page title (one line, at most 300 characters).",
  summary: "A short summary for search results (at most 500 characters).",
  lang: "The page's language (default: the site's first language).",
  slug: "The URL segment of the page (default: the file name, slugified).",
};

/** The descriptions of site.yaml. */
export const SITE_DOCS: Readonly<Record<string, string>> = {
  title: "The site's name: text, or one text per language { en: …, zh: … }.",
  description: "What the site is about: text, or one text per language.",
  baseUrl:
    "The site's root URL (http or https), e.g. https://example.org/ or https://example.org/news/.",
  timeZone: "The IANA time zone dates without an offset are read in, e.g. Asia/Shanghai.",
  languages: "The site's languages; the first is the default, served at the root.",
  sections: "The sections: [{ id, title }]; articles name one by its id.",
  "sections.id": 'The section id and URL segment: lower-case letters, digits and "-".',
  "sections.title": "The section's name: text, or one text per language.",
  pageSize: "Articles per list page: 1 to 100 (default 20).",
  slugStyle:
    "How slugs are made: pinyin (Han as pinyin), unicode (kept), ascii (dropped). Default pinyin.",
  commentsNotice: "The notice shown under every article: text, or one text per language.",
  logo: "Absolute URL of the publisher logo for JSON-LD (default: the bundled /assets/logo.png).",
  minTagArticles:
    "Tag pages with fewer articles are noindex and left out of the sitemap (default 2).",
  readingSpeed: "Reading speed per minute: { han: 400, latin: 220 }.",
  "readingSpeed.han": "Han characters read per minute (50 to 2000).",
  "readingSpeed.latin": "Latin-script words read per minute (50 to 2000).",
  featuredHours: "Hours a featured article leads after its date (1 to 8760, default 48).",
  comments:
    "A comments provider loaded when the reader clicks: { provider: giscus | remark42 | coral, … }.",
};

/** The descriptions of an authors.yaml entry. */
export const AUTHORS_DOCS: Readonly<Record<string, string>> = {
  name: "The author's name: text, or one text per language.",
  url: "The author's own page (http or https).",
  bio: "A short biography: text, or one text per language.",
  role: "What they do at the paper, shown on their author page: text, or one text per language.",
  photo:
    "A portrait in the content tree, from the content folder (e.g. media/authors/li-ming.jpg); shown as a 1:1 crop on the author's page.",
};

/** The descriptions of a tags.yaml entry. */
export const TAGS_DOCS: Readonly<Record<string, string>> = {
  synonymOf: "Makes this spelling part of another tag of tags.yaml (one without synonymOf).",
  label: "The tag's label: text, or one text per language.",
  description: "Shown on the tag page: text, or one text per language.",
  synonyms: "Other spellings that merge into this tag.",
};
