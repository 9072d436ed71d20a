// Generates the JSON Schemas of the content files (article and page front matter, site.yaml,
// authors.yaml, tags.yaml) from their zod schemas, for editors' tools that read YAML 1.2 core.
import * as z from "zod";
import { LANGUAGES } from "../routes.ts";
import { authorsSchema } from "./authors.ts";
import { imageField } from "./image-field.ts";
import {
  choicesOf,
  countJson,
  dateJson,
  enumJson,
  flagJson,
  listJson,
  localTextJson,
  type JsonSchema,
} from "./json-schema-parts.ts";
import { ARTICLE_DOCS, AUTHORS_DOCS, PAGE_DOCS, SITE_DOCS, TAGS_DOCS } from "./json-schema-docs.ts";
import { MAX_TAG_LENGTH } from "./list-fields.ts";
import { articleSchema, pageSchema } from "./schema.ts";
import { siteSchema, type SiteConfig } from "./site-config.ts";
import { slugStyleField } from "./site-fields.ts";
import { tagRegistrySchema } from "./tag-registry.ts";

/** The schemas written to `schema/<name>.schema.json`. */
export const SCHEMA_NAMES = ["article", "page", "site", "authors", "tags"] as const;

/** The name of one generated schema. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** A replacement of the generated node at a dotted JSON path (`properties.image.properties.src`). */
type Patch = readonly [path: string, fragment: JsonSchema];

/** What one schema is generated from. */
interface Spec {
  zod: z.ZodType;
  title: string;
  docs: Readonly<Record<string, string>>;
  patches: readonly Patch[];
}

/**
 * Every content file's JSON Schema, generated from the input side of its zod schema (what a file may
 * contain) with the build's string-to-value transforms replaced by what YAML 1.2 core reads: flags
 * as booleans, numbers as integers. Sections and languages are those of `config`, read from `source`.
 */
export function contentJsonSchemas(
  config: SiteConfig,
  source: string,
): Record<SchemaName, JsonSchema> {
  const specs = schemaSpecs(config);
  const note =
    `Generated from the build's zod schemas by npm run schemas; sections and languages are those ` +
    `of ${source} (regenerate after changing them).`;
  return Object.fromEntries(
    SCHEMA_NAMES.map((name) => [name, generate(specs[name], note)]),
  ) as Record<SchemaName, JsonSchema>;
}

/** The zod schema, title, field docs and patches of each generated schema. */
function schemaSpecs(config: SiteConfig): Record<SchemaName, Spec> {
  const sections = enumJson(config.sections.map((s) => s.id));
  const lang = enumJson(config.languages);
  const local = localTextJson(config.languages);
  const at = (fields: readonly string[], fragment: JsonSchema): Patch[] =>
    fields.map((f) => [`properties.${f.split(".").join(".properties.")}`, fragment]);
  const focus = choicesOf(imageField(), { src: "a.jpg", alt: "a", focus: "" }, ["focus"]);
  return {
    article: {
      zod: articleSchema({ config, lang: config.languages[0]! }),
      title: "Broadsheet article front matter",
      docs: ARTICLE_DOCS,
      patches: [
        ...at(["date", "updated", "publishAt", "expires", "featuredUntil"], dateJson()),
        ["properties.corrections.items.properties.at", dateJson()],
        ...at(["featured", "draft", "image.decorative"], flagJson()),
        ...at(["tags"], listJson(MAX_TAG_LENGTH)),
        ...at(["authors"], listJson(100)),
        ...at(["section"], sections),
        ...at(["lang"], lang),
        ...at(["image.focus"], enumJson(focus)),
      ],
    },
    page: {
      zod: pageSchema(config),
      title: "Broadsheet page front matter",
      docs: PAGE_DOCS,
      patches: at(["lang"], lang),
    },
    site: {
      zod: siteSchema(config.languages),
      title: "Broadsheet site.yaml",
      docs: SITE_DOCS,
      patches: [
        ...at(["title", "description", "commentsNotice"], local),
        ["properties.sections.items.properties.title", local],
        ["properties.languages.items", enumJson(Object.keys(LANGUAGES))],
        ...at(["pageSize"], countJson(1, 100)),
        ...at(["minTagArticles"], countJson(1, 1000)),
        ...at(["featuredHours"], countJson(1, 8760)),
        ...at(["readingSpeed.han", "readingSpeed.latin"], countJson(50, 2000)),
        ...at(["slugStyle"], enumJson(choicesOf(slugStyleField(), ""))),
      ],
    },
    authors: {
      zod: authorsSchema(config),
      title: "Broadsheet authors.yaml",
      docs: AUTHORS_DOCS,
      patches: [
        ["propertyNames", { type: "string", pattern: "^[a-z0-9-]+$", maxLength: 64 }],
        ["additionalProperties.properties.name", local],
        ["additionalProperties.properties.bio", local],
      ],
    },
    tags: {
      zod: tagRegistrySchema(config),
      title: "Broadsheet tags.yaml",
      docs: TAGS_DOCS,
      patches: [
        ["additionalProperties.anyOf.0.anyOf.1.properties.label", local],
        ["additionalProperties.anyOf.0.anyOf.1.properties.description", local],
      ],
    },
  };
}

/** One schema: zod's input side (draft-07, which ajv 6 reads), field docs, then the patches. */
function generate(spec: Spec, note: string): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(spec.zod, { io: "input", target: "draft-07" });
  const used = new Set<string>();
  describeFields(body, spec.docs, "", used);
  const unused = Object.keys(spec.docs).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`${spec.title}: no field ${unused.join(", ")}`);
  for (const [path, fragment] of spec.patches) replaceAt(body, path, fragment, spec.title);
  return { $schema, title: spec.title, description: note, ...body };
}

/** Sets the description of every named field below `node`; throws on a field without one. */
function describeFields(
  node: JsonSchema,
  docs: Readonly<Record<string, string>>,
  prefix: string,
  used: Set<string>,
): void {
  const properties = node.properties ?? {};
  for (const [key, child] of Object.entries(properties)) {
    const name = prefix === "" ? key : `${prefix}.${key}`;
    const text = docs[name];
    if (text === undefined) throw new Error(`no description for the field "${name}"`);
    used.add(name);
    if (typeof child === "object") {
      properties[key] = { description: text, ...child };
      describeFields(properties[key], docs, name, used);
    }
  }
  const items = Array.isArray(node.items) ? node.items : [node.items];
  for (const child of [...items, node.additionalProperties, ...(node.anyOf ?? [])]) {
    if (typeof child === "object") describeFields(child, docs, prefix, used);
  }
}

/** Replaces the node at a dotted path, keeping its description; throws when the path is missing. */
function replaceAt(root: JsonSchema, path: string, fragment: JsonSchema, title: string): void {
  const keys = path.split(".");
  const last = keys.pop()!;
  let node: unknown = root;
  for (const k of keys) node = (node as Record<string, unknown> | undefined)?.[k];
  const parent = node as Record<string, unknown> | undefined;
  const old = parent?.[last];
  if (typeof old !== "object" || old === null) throw new Error(`${title}: no node at ${path}`);
  const description = (old as JsonSchema).description;
  parent![last] = { ...(description !== undefined ? { description } : {}), ...fragment };
}
