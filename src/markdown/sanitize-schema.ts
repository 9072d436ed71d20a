// The sanitize schema: GitHub's default, extended for exactly the markup our transforms generate.
import { defaultSchema } from "hast-util-sanitize";
import type { Options } from "remark-html";

/** hast-util-sanitize's schema type, as remark-html takes it. */
export type Schema = Exclude<NonNullable<Options["sanitize"]>, boolean>;

const attributes = defaultSchema.attributes ?? {};

/**
 * The schema remark-html sanitizes every body with (the last tree step, R26).
 * Note: the default knows no `figure`/`figcaption`/`small` and no `class`, `loading` or `decoding`,
 * so it would strip the markup of our figures; `clobberPrefix: ""` because mdast-util-to-hast
 * already prefixes footnote ids with `user-content-`, and sanitizing would prefix the ids a second
 * time but not the hrefs, breaking every footnote link.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    "figure",
    "figcaption",
    "small",
    "picture",
    "source",
  ],
  attributes: {
    ...attributes,
    img: [
      ...(attributes["img"] ?? []),
      "width",
      "height",
      ["loading", "lazy"],
      ["decoding", "async"],
      "srcSet",
      "sizes",
    ],
    // Only `pictureData` (picture.ts) makes these: raw HTML never reaches the tree.
    source: [["type", "image/avif", "image/webp"], "srcSet", "sizes"],
    small: [["className", "credit"]],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
  strip: ["script"],
};
