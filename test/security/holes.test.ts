// Smaller holes through the real CLI: links to what is not an article, percent-encoded schemes,
// tags.yaml naming Object.prototype, damaged or oversized images, reserved section ids among other
// site.yaml errors. Each is refused with a located error, the previous output untouched.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { assertRefused, sharedBuild, type Expected, type Tree } from "./harness.ts";

const jpeg = fs.readFileSync(path.join(ROOT, "content/media/hot-pot.jpg"));
const png = fs.readFileSync(path.join(ROOT, "layouts/assets/logo.png"));

/** `png` with its IHDR width and height set to `w`×`h` (the CRC is not fixed: headers only). */
function claiming(w: number, h: number): Buffer {
  const b = Buffer.from(png);
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return b;
}

const rows: Record<string, { files: Tree; expected: Expected[] }> = {
  links: {
    files: {
      "articles/links.md": article(
        {},
        "See [config](../site.yaml).\n\nAnd [a folder](nope/).\n\nAnd [up](..).\n\nBut [tags](/tags/) and [top](#x) are fine.\n",
      ),
    },
    expected: [{ file: "articles/links.md", code: "E_LINK_BROKEN", line: 6 }],
  },
  schemes: {
    files: {
      "articles/scheme.md": article({}, "[click](%6A%61vascript:alert(1))\n"),
    },
    expected: [{ file: "articles/scheme.md", code: "E_UNSAFE_URL", line: 6 }],
  },
  registry: {
    files: {
      "tags.yaml":
        "a: { synonymOf: toString }\nb: { synonymOf: constructor }\nc: { synonymOf: __proto__ }\n",
    },
    expected: [{ file: "tags.yaml", code: "E_TAG_INVALID", line: 1 }],
  },
  images: {
    files: {
      "articles/images.md": article(
        {},
        "![cut](../media/cut.png)\n\n![huge](../media/huge.png)\n\n![half](../media/half.jpg)\n",
      ),
      "media/cut.png": png.subarray(0, png.length - 12),
      "media/huge.png": claiming(2147483647, 2147483647),
      "media/half.jpg": jpeg.subarray(0, jpeg.length >> 1),
    },
    expected: [
      { file: "media/cut.png", code: "E_IMAGE_INVALID", message: /truncated/ },
      { file: "media/huge.png", code: "E_IMAGE_INVALID", message: /megapixels/ },
      { file: "media/half.jpg", code: "E_IMAGE_INVALID", message: /truncated/ },
      { file: "articles/images.md", code: "E_IMAGE_MISSING" },
    ],
  },
};

describe("smaller holes", () => {
  const shared = sharedBuild(rows);

  it("should refuse relative links to files that are not articles (../site.yaml, nope/, ..)", () => {
    shared.assertRow("links");
    const errs = shared.run().report!.errors.filter((e) => e.file.endsWith("links.md"));
    assert.deepEqual(
      errs.map((e) => e.line),
      [6, 8, 10],
    );
  });

  it("should report a percent-encoded javascript: href, not strip it silently", () => {
    shared.assertRow("schemes");
  });

  it("should refuse synonymOf naming Object.prototype's keys in tags.yaml", () => {
    shared.assertRow("registry");
    const errs = shared.run().report!.errors.filter((e) => e.file.endsWith("tags.yaml"));
    assert.deepEqual(
      errs.map((e) => [e.line, e.code]),
      [
        [1, "E_TAG_INVALID"],
        [2, "E_TAG_INVALID"],
        [3, "E_TAG_INVALID"],
      ],
    );
  });

  it("should refuse a truncated PNG, a PNG claiming 2147483647² pixels and a truncated JPEG", () => {
    shared.assertRow("images");
  });

  it("should report a reserved section id even when site.yaml has other errors", () => {
    const site = siteYaml()
      .replace("{ id: tech,", "{ id: tags,")
      .replace("{ id: news, title: { en: News, zh: 新闻 } }", "{ id: News, title: { en: News } }")
      .replace("timeZone: Asia/Shanghai", "timeZone: Nowhere/City");
    const run = sharedBuild({ site: { files: {}, expected: [] } }, { site }).run();
    assertRefused(run, [
      {
        file: "site.yaml",
        code: ["E_SLUG_RESERVED", "E_FM_TYPE", "E_I18N_MISSING", "E_TZ_INVALID"],
      },
    ]);
    const reserved = run.report!.errors.filter((e) => e.code === "E_SLUG_RESERVED");
    assert.deepEqual(
      reserved.map((e) => [e.line, e.message]),
      [[7, 'sections[1].id "tags" is a reserved name']],
    );
  });

  it("should report a reserved section id beside a YAML syntax error in site.yaml", () => {
    const site = siteYaml()
      .replace("{ id: tech,", "{ id: tags,")
      .replace("timeZone: Asia/Shanghai", 'timeZone: "Asia/Shanghai');
    const run = sharedBuild({ site: { files: {}, expected: [] } }, { site }).run();
    assert.equal(run.status, 1);
    const codes = run.report!.errors.filter((e) => e.file.endsWith("site.yaml")).map((e) => e.code);
    assert.ok(
      codes.some((c) => c.startsWith("E_YAML")),
      JSON.stringify(run.report!.errors),
    );
    const reserved = run.report!.errors.filter((e) => e.code === "E_SLUG_RESERVED");
    assert.deepEqual(
      reserved.map((e) => [e.line, e.message]),
      [[7, 'sections[1].id "tags" is a reserved name']],
    );
  });
});
