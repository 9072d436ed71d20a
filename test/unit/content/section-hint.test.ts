// Tests for the section field of src/content/schema.ts: an unknown section's hint suggests the
// section meant (`News` → "news") before listing them all.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { articleSchema } from "../../../src/content/schema.ts";
import { siteConfig } from "../../helpers/collect.ts";

const schema = articleSchema({ config: siteConfig(), lang: "en" });

/** The code and hint of the section's issue for front matter with `section`. */
function sectionIssue(section: string): { code: unknown; hint: unknown } | undefined {
  const r = schema.safeParse({ title: "T", date: "2024-01-02 10:00", section });
  const issue = r.error?.issues.find((i) => i.path.join(".") === "section");
  if (!issue || !("params" in issue)) return undefined;
  return { code: issue.params?.["code"], hint: issue.params?.["hint"] };
}

describe("the section field", () => {
  it("should suggest the section that differs only by case", () => {
    assert.deepEqual(sectionIssue("News"), { code: "E_FM_TYPE", hint: 'did you mean "news"?' });
    assert.deepEqual(sectionIssue("BUSINESS"), {
      code: "E_FM_TYPE",
      hint: 'did you mean "business"?',
    });
  });

  it("should suggest a near section for a typo", () => {
    assert.equal(sectionIssue("nwes")?.hint, 'did you mean "news"?');
    assert.equal(sectionIssue("busines")?.hint, 'did you mean "business"?');
  });

  it("should list the sections when none is near", () => {
    assert.equal(sectionIssue("weather")?.hint, "use one of: news, business");
  });

  it("should accept the section as written in site.yaml", () => {
    assert.equal(sectionIssue("news"), undefined);
  });
});
