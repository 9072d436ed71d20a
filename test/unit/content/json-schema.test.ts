// Tests for src/content/json-schema.ts: schema/*.schema.json match the code, and validate every
// sample file read as YAML 1.2 core (as editors' tools read it) with a real JSON Schema validator.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { REPO_ROOT, schemaFileTexts } from "../../../src/content/json-schema-files.ts";
import { SCHEMA_NAMES, type SchemaName } from "../../../src/content/json-schema.ts";
import { siteSchema } from "../../../src/content/site-config.ts";

const CONTENT = path.join(REPO_ROOT, "content");

/** The committed schema file of `name`, parsed. */
function committed(name: SchemaName): object {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, `schema/${name}.schema.json`), "utf8"));
}

const ajv = new Ajv({ allErrors: true });
const validators = new Map(SCHEMA_NAMES.map((n) => [n, ajv.compile(committed(n))]));

/** The validator's errors for `data` against schema `name` (empty when it is valid). */
function problems(name: SchemaName, data: unknown): string[] {
  const validate = validators.get(name)!;
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

/** A YAML text read as YAML 1.2 core, as the Red Hat YAML extension reads it. */
function core(text: string): unknown {
  return parse(text, { schema: "core" });
}

/** The front matter of a Markdown file, read as YAML 1.2 core. */
function frontMatter(file: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(fs.readFileSync(file, "utf8"));
  assert.ok(m, `${file} has front matter`);
  return core(m[1]!);
}

/** Every Markdown file below `dir`. */
function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join(dir, f))
    .sort();
}

const SAMPLE_ARTICLE = frontMatter(markdownFiles(path.join(CONTENT, "articles"))[0]!) as Record<
  string,
  unknown
>;

describe("schema/*.schema.json", () => {
  it("should be what npm run schemas writes from the current code", async () => {
    const texts = await schemaFileTexts();
    assert.deepEqual(
      [...texts.keys()],
      SCHEMA_NAMES.map((n) => `schema/${n}.schema.json`),
    );
    for (const [file, text] of texts) {
      const onDisk = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
      assert.equal(onDisk, text, `${file} is stale: run npm run schemas`);
    }
  });

  it("should name the sample site's sections and languages", () => {
    const article = committed("article") as {
      properties: Record<string, { enum?: unknown[] }>;
    };
    assert.deepEqual(article.properties["section"]?.enum, [
      "news",
      "business",
      "culture",
      "sport",
      "tech",
    ]);
    assert.deepEqual(article.properties["lang"]?.enum, ["en", "zh"]);
  });
});

describe("the sample content, read as YAML 1.2 core", () => {
  const articles = markdownFiles(path.join(CONTENT, "articles"));
  const pages = markdownFiles(path.join(CONTENT, "pages"));

  it("should find the sample files", () => {
    assert.ok(articles.length >= 20, `${articles.length} articles`);
    assert.ok(pages.length >= 2, `${pages.length} pages`);
  });

  for (const file of articles) {
    it(`should validate ${path.relative(CONTENT, file)} against article.schema.json`, () => {
      assert.deepEqual(problems("article", frontMatter(file)), []);
    });
  }
  for (const file of pages) {
    it(`should validate ${path.relative(CONTENT, file)} against page.schema.json`, () => {
      assert.deepEqual(problems("page", frontMatter(file)), []);
    });
  }
  for (const name of ["site", "authors", "tags"] as const) {
    it(`should validate ${name}.yaml against ${name}.schema.json`, () => {
      const text = fs.readFileSync(path.join(CONTENT, `${name}.yaml`), "utf8");
      assert.deepEqual(problems(name, core(text)), []);
    });
  }
});

describe("article.schema.json", () => {
  const { title, ...rest } = SAMPLE_ARTICLE;

  it("should refuse a misspelt key (tittle:)", () => {
    const found = problems("article", { ...rest, tittle: title });
    assert.ok(
      found.some((p) => p.includes("additional properties")),
      found.join("; "),
    );
    assert.ok(
      found.some((p) => p.includes("'title'")),
      found.join("; "),
    );
  });

  it("should accept flags as YAML 1.2 booleans or as the text true/false", () => {
    for (const v of [true, false, "true", "false"])
      assert.deepEqual(problems("article", { ...SAMPLE_ARTICLE, draft: v }), [], String(v));
    for (const v of ["yes", 1, null])
      assert.notDeepEqual(problems("article", { ...SAMPLE_ARTICLE, draft: v }), [], String(v));
  });

  it("should accept tags as a list of strings and refuse a list of numbers", () => {
    assert.deepEqual(problems("article", { ...SAMPLE_ARTICLE, tags: ["Cable car", "#AI"] }), []);
    assert.notDeepEqual(problems("article", { ...SAMPLE_ARTICLE, tags: [2024] }), []);
    assert.notDeepEqual(problems("article", { ...SAMPLE_ARTICLE, tags: "a, b" }), []);
  });

  it("should refuse a section written News", () => {
    assert.notDeepEqual(problems("article", { ...SAMPLE_ARTICLE, section: "News" }), []);
  });

  it("should accept a date the build reads, and refuse one it cannot", () => {
    const ok = core("date: 2024-05-01 09:30:00+08:00") as object;
    assert.deepEqual(problems("article", { ...SAMPLE_ARTICLE, ...ok }), []);
    assert.notDeepEqual(problems("article", { ...SAMPLE_ARTICLE, date: "May 1, 2024" }), []);
  });
});

describe("site.schema.json", () => {
  const site = core(fs.readFileSync(path.join(CONTENT, "site.yaml"), "utf8")) as Record<
    string,
    unknown
  >;

  it("should accept pageSize as a YAML 1.2 number", () => {
    const { pageSize } = core("pageSize: 20") as { pageSize: unknown };
    assert.equal(pageSize, 20);
    assert.deepEqual(problems("site", { ...site, pageSize }), []);
    assert.notDeepEqual(problems("site", { ...site, pageSize: 2.5 }), []);
  });

  // The schema's ranges are written in the generator: each must agree with the build's.
  const ranges: [string, (n: number) => Record<string, unknown>][] = [
    ["pageSize", (n) => ({ pageSize: n })],
    ["minTagArticles", (n) => ({ minTagArticles: n })],
    ["readingSpeed.han", (n) => ({ readingSpeed: { han: n, latin: 220 } })],
    ["readingSpeed.latin", (n) => ({ readingSpeed: { han: 400, latin: n } })],
  ];
  for (const [field, put] of ranges) {
    it(`should allow the numbers the build allows for ${field}`, () => {
      const build = siteSchema(["en", "zh"]);
      for (const n of [0, 1, 49, 50, 100, 101, 1000, 1001, 2000, 2001]) {
        const data = { ...site, ...put(n) };
        const built = build.safeParse(asText(data)).success;
        assert.equal(problems("site", data).length === 0, built, `${field}: ${n}`);
      }
    });
  }
});

/** The data with every scalar a string, as the build's FAILSAFE reading gives it. */
function asText(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data), (_k, x: unknown) =>
    typeof x === "number" || typeof x === "boolean" ? `${x}` : x,
  ) as Record<string, unknown>;
}
