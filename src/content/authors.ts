// Reads authors.yaml: author id → { name, url?, role?, bio?, photo? } (see README.md, Content).
import * as z from "zod";
import type { SiteConfig } from "./site-config.ts";
import { sortContentErrors } from "./errors.ts";
import type { ContentError } from "./errors.ts";
import { fail, httpUrl, localText } from "./fields.ts";
import { issuesToErrors } from "./issues.ts";
import type { SourceFile } from "./load.ts";
import type { MediaAsset } from "./values.ts";
import { readConfigYaml } from "./site-config.ts";

/** The authors.yaml schema for a site's languages. */
export function authorsSchema(config: SiteConfig) {
  const entry = z.strictObject({
    name: localText(config.languages, { max: 200 }),
    url: httpUrl().optional(),
    /** What they do at the paper, e.g. "Transport reporter" / "交通记者". */
    role: localText(config.languages, { max: 200 }).optional(),
    bio: localText(config.languages, { max: 2000, multiline: true }).optional(),
    /** A portrait in the content tree, e.g. `media/authors/li-ming.jpg` (relative to authors.yaml). */
    photo: z.string().max(300).optional(),
  });
  return z.record(z.string(), entry).transform((map, ctx) => {
    for (const id of Object.keys(map)) {
      if (!/^[a-z0-9-]+$/.test(id) || id.length > 64) {
        fail(
          ctx,
          `author id "${id}" is not valid`,
          {
            code: "E_FM_TYPE",
            hint: 'use lower-case letters, digits and "-" (e.g. li-ming)',
            at: "key",
            bare: true,
          },
          [id],
        );
      }
    }
    return map;
  });
}

/** Parses authors.yaml (absent → no authors); every problem of the file is returned together. */
export function parseAuthors(
  file: SourceFile | undefined,
  config: SiteConfig,
): { ok: true; authors: AuthorConfig[] } | { ok: false; errors: ContentError[] } {
  if (file === undefined) return { ok: true, authors: [] };
  const read = readConfigYaml(file);
  if (!read.ok) return read;
  const { data, tree } = read;
  const schema = authorsSchema(config);
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: sortContentErrors(
        issuesToErrors(parsed.error.issues, { file: file.displayPath, tree, data, schema }),
      ),
    };
  const authors = Object.entries(parsed.data).map(([id, a]): AuthorConfig => ({
    id,
    name: a.name,
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.bio !== undefined ? { bio: a.bio } : {}),
    ...(a.role !== undefined ? { role: a.role } : {}),
    ...(a.photo !== undefined ? { photo: a.photo } : {}),
  }));
  return { ok: true, authors };
}

/** An entry of authors.yaml: its id (the entry's key) and its validated fields. */
export type AuthorConfig = { id: string; portrait?: MediaAsset } & z.output<
  ReturnType<typeof authorsSchema>
>[string];
