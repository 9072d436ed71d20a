// Hostile text reaches pages only escaped, template syntax stays literal, and every real build is
// scanned (SECURITY.md rows R27, R28). Assertions parse the output; they never grep bytes.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "node-html-parser";
import { html, textOf } from "../helpers/output.ts";
import { article } from "../helpers/site.ts";
import { smartText } from "../../layouts/components/smart-text.ts";
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";
import { assertBuilt, filesBelow, hostileBuild, type HostileRun } from "./harness.ts";

const TITLE = "</title><script>alert(1)</script> & </script><!--";
const SUMMARY = '" onmouseover="alert(1)';
const TAG = "<img src=x onerror=alert(1)>";
const XSS_BODY = [
  "An article about XSS quotes `<a onclick=alert(1)>` and `javascript:alert(1)` in code:",
  "",
  "```html",
  '<script>alert("quoted")</script>',
  '<img src=x onerror="alert(1)">',
  "```",
  "",
  'Templates: {{ site.title }}, {% include "package.json" %}, {% if x %} and {%- raw %}.',
  "",
].join("\n");

let run: HostileRun | undefined;
function built(): HostileRun {
  run ??= hostileBuild({
    "articles/xss.md": article(
      {
        title: JSON.stringify(TITLE),
        summary: JSON.stringify(SUMMARY),
        tags: `[${JSON.stringify(TAG)}, "Safe"]`,
      },
      XSS_BODY,
    ),
  });
  return run;
}
const PAGE = "news/2023/05/xss/index.html";

describe("escaped output and the post-build scanner", () => {
  it("R27: should build hostile title, summary and tag escaped in every page: no foreign <script>, no on* attribute", () => {
    const r = built();
    assertBuilt(r);
    const page = html(r.out, PAGE);
    // The headline is typeset (curly quotes, dashes) and shown as text; <title> keeps it exactly.
    assert.equal(textOf(page.querySelector("h1")), smartText(TITLE));
    assert.ok(textOf(page.querySelector("title")).includes(TITLE));
    for (const f of filesBelow(r.out).filter((x) => x.endsWith(".html"))) {
      const doc = parse(fs.readFileSync(path.join(r.out, f), "utf8"), {
        blockTextElements: { script: true, style: true },
      });
      for (const el of doc.querySelectorAll("*")) {
        const tag = el.rawTagName.toLowerCase();
        if (tag === "script")
          assert.ok(
            el.getAttribute("type") === "application/ld+json" ||
              el.text === INLINE_SCRIPTS.theme ||
              /^\/(assets\/site\.[0-9a-f]{12}\.js|pagefind\/search\.js)$/.test(
                el.getAttribute("src") ?? "",
              ),
            `${f}: a foreign <script>`,
          );
        for (const name of Object.keys(el.attributes))
          assert.doesNotMatch(name, /^on/i, `${f}: <${tag} ${name}>`);
      }
    }
    const tagLink = page.querySelectorAll("a").find((a) => textOf(a).includes("<img"));
    assert.ok(tagLink, "the hostile tag is shown as text");
  });

  it("R27: should keep the hostile summary inside its attribute (meta description holds it whole)", () => {
    const page = html(built().out, PAGE);
    const metas = page
      .querySelectorAll("meta")
      .filter((m) => m.getAttribute("content") === SUMMARY);
    assert.ok(metas.length >= 1, "the summary survives as one attribute value");
  });

  it("R27: should write JSON-LD that parses, holds the title exactly and has no raw '<'", () => {
    const page = html(built().out, PAGE);
    const blocks = page.querySelectorAll('script[type="application/ld+json"]');
    for (const b of blocks) {
      assert.ok(!b.rawText.includes("<"), "no raw < in JSON-LD");
      const data = JSON.parse(b.rawText) as Record<string, unknown>;
      assert.equal(typeof data, "object");
    }
    const headline = blocks
      .map((b) => JSON.parse(b.rawText) as Record<string, unknown>)
      .find((d) => "headline" in d)?.headline;
    if (blocks.length) assert.equal(headline, TITLE);
  });

  it("R28: should render {{ }} and {% %} literally, never through a template engine", () => {
    const r = built();
    const body = textOf(html(r.out, PAGE).querySelector("article"));
    assert.ok(
      // Smart quotes curl the quotes of prose; the template syntax is still shown, never run.
      body.includes(
        "{{ site.title }}, {% include \u201cpackage.json\u201d %}, {% if x %} and {%- raw %}",
      ),
      body,
    );
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { devDependencies: object };
    const needle = Object.keys(pkg.devDependencies)[0]!;
    for (const f of filesBelow(r.out))
      assert.ok(
        !fs.readFileSync(path.join(r.out, f)).includes(`"${needle}"`),
        `${f} includes package.json`,
      );
  });

  it("R27: should show quoted onclick= and <script> in a code block as text (the scanner parses, never greps)", () => {
    const text = fs.readFileSync(path.join(built().out, PAGE), "utf8");
    const page = parse(text, { blockTextElements: { script: true, style: true } });
    const code = page
      .querySelectorAll("pre code")
      .map((c) => c.text)
      .join("\n");
    assert.ok(code.includes(`<script>alert("quoted")</script>`), `code: ${code}`);
    assert.ok(code.includes('onerror="alert(1)"'), code);
  });
});
