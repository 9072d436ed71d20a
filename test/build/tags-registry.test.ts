// The tags.yaml registry end to end.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const TAGS_YAML = `台风:
  label: { en: Typhoon, zh: 台风 }
  description: { en: "Storms from the Pacific.", zh: "来自太平洋的风暴。" }
台風: { synonymOf: 台风 }
JavaScript: {}
`;

function build(files: Record<string, string>) {
  const content = path.join(tempDir(), "content");
  writeTree(content, { "site.yaml": siteYaml(), "tags.yaml": TAGS_YAML, ...files });
  const out = path.join(tempDir(), "dist");
  return { out, run: runCli(["build", "--content", content, "--out", out, "--now", "2024-06-01"]) };
}

describe("tags.yaml registry", () => {
  it("should merge 台風 into 台风 on one page with the registry label and description", () => {
    const { out, run } = build({
      "articles/zh/a.md": article({ title: '"台风登陆"', lang: "zh", tags: '["台风"]' }),
      "articles/zh/b.md": article({
        title: '"台風過境"',
        lang: "zh",
        tags: '["#台風"]',
        date: "2023-05-14 10:00",
      }),
      "articles/en/c.md": article({ title: '"Typhoon lands"', tags: '["台风"]' }),
    });
    assert.equal(run.status, 0, run.stderr);
    const zh = html(out, "zh/tags/tai-feng/index.html");
    assert.equal(textOf(zh.querySelector("h1")), "台风");
    assert.equal(textOf(zh.querySelector(".intro")), "来自太平洋的风暴。");
    assert.equal(zh.querySelectorAll("main .card-title").length, 2);
    const en = html(out, "tags/tai-feng/index.html");
    assert.equal(textOf(en.querySelector("h1")), "Typhoon");
  });

  it("should fail an unregistered near-duplicate of a registered tag with E_TAG_NEAR_DUP", () => {
    const { run } = build({
      "articles/en/a.md": article({ tags: '["java script"]' }),
    });
    assert.equal(run.status, 1);
    // Located at the tag in the list: line 5 (`tags: ["java script"]`), column 8 (its opening quote).
    assert.match(run.stderr, /a\.md:5:8 E_TAG_NEAR_DUP .*\n {2}hint: did you mean "JavaScript"\?/);
  });
});
