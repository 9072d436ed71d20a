// Tests for src/cli/article-template.ts: the file `new` writes is valid front matter whatever the
// title, optional fields stay comments, and the figure example is code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { articleTemplate } from "../../../src/cli/article-template.ts";

const base = {
  id: "01J0000000000000000000000A",
  title: 'Quotes " and \\ and a colon: here',
  date: "2025-01-01 09:00:00",
  section: "news",
  lang: "en",
  tags: ["Hong Kong", "#AI"],
};

/** The front matter of a template, read as YAML. */
function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, "front matter fences");
  return parse(m[1]!) as Record<string, unknown>;
}

describe("article template", () => {
  it("should write the required fields, draft: true and the tags as real values", () => {
    const fm = frontMatter(articleTemplate(base));
    assert.deepEqual(fm, {
      id: base.id,
      title: base.title,
      date: base.date,
      section: "news",
      lang: "en",
      draft: true,
      tags: ["Hong Kong", "#AI"],
    });
  });

  it("should keep every optional field a comment, tags too when there are none", () => {
    const text = articleTemplate({ ...base, tags: [] });
    assert.equal(frontMatter(text)["tags"], undefined);
    for (const field of ["summary", "authors", "image", "tags", "publishAt", "translationKey"])
      assert.match(text, new RegExp(`^# ${field}: \\S`, "m"), field);
  });

  it("should put the captioned-figure example inside a fenced code block", () => {
    const body = articleTemplate(base).split("\n---\n")[1]!;
    const fence = /```markdown\n(!\[[^\n]*\]\(\/media\/[^\n]*\))\n```/.exec(body);
    assert.ok(fence, body);
    assert.equal(body.split("![").length, 2, "the figure appears only inside the fence");
  });
});
