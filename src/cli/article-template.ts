// The text `npm run news -- new` writes: required front matter, every optional field as a comment
// (an empty value would be an error), and a body whose figure example cannot break the build.

/** What a new article starts from. */
export interface NewArticle {
  /** A ULID. */
  id: string;
  title: string;
  /** Wall-clock time in the site zone, `YYYY-MM-DD hh:mm:ss`. */
  date: string;
  section: string;
  lang: string;
  tags: readonly string[];
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML and escapes every control. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The optional fields, commented out, each with an example value and what it does. */
const OPTIONAL_FIELDS: readonly (readonly [string, string])[] = [
  ["# authors: [li-wei]", "ids from authors.yaml, or plain names"],
  ['# summary: "One or two sentences for lists, feeds and search results"', ""],
  [
    '# image: { src: /media/photo.jpg, alt: "What the photo shows", caption: "…", credit: "…" }',
    "",
  ],
  ["# updated: 2030-01-01 18:00", 'shown as "Updated"'],
  ["# publishAt: 2030-01-01 08:00", "embargo: not published before this time"],
  ["# expires: 2030-12-31", "removed from the site after this time"],
  ["# translationKey: my-story", "the same key on each language's version links them"],
  ["# featured: true", "the lead story of the home page"],
  ["# slug: my-story", "else the file name"],
];

/** A front-matter line with its comment aligned. */
function line(field: string, comment: string): string {
  return comment === "" ? field : `${field.padEnd(32)} # ${comment}`;
}

/** The starter body: a lead to replace, and a captioned figure shown as code (a live one needs a real image). */
const BODY = `Write the story here. The first paragraph is the lead.

An image alone in its paragraph becomes a figure: put the file in the content tree's \`media/\`
folder (\`/media/photo.jpg\` is \`media/photo.jpg\`; a path without the leading \`/\` is relative to
this file). The title is the caption, and a credit follows \` © \`:

\`\`\`markdown
![What the photo shows](/media/photo.jpg "The caption © The photographer")
\`\`\`

Remove \`draft: true\` when the story is ready to publish.
`;

/** The whole file of a new draft article. */
export function articleTemplate(a: NewArticle): string {
  const tags =
    a.tags.length > 0
      ? `tags: [${a.tags.map(quoted).join(", ")}]`
      : line('# tags: ["Hong Kong", "#Chongqing"]', "hashtags welcome");
  const front = [
    `id: ${a.id}`,
    `title: ${quoted(a.title)}`,
    `date: ${a.date}`,
    `section: ${a.section}`,
    `lang: ${a.lang}`,
    line("draft: true", "never published; shown by npm run serve and --preview"),
    tags,
    ...OPTIONAL_FIELDS.map(([field, comment]) => line(field, comment)),
  ];
  return `---\n${front.join("\n")}\n---\n\n${BODY}`;
}
