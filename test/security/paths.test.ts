// Hostile paths, file-system tricks and encodings through the real CLI (SECURITY.md rows R16–R21).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { article, siteYaml } from "../helpers/site.ts";
import {
  assertRefused,
  hostileBuild,
  prepareTree,
  runIn,
  sharedBuild,
  type Expected,
  type Tree,
} from "./harness.ts";

const BODY = "A paragraph of news.\n";
const SECRET = "TOP-SECRET-4b1d9e";
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
const head = `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\n---\n`;

const rows: Record<string, { files: Tree; expected: Expected[] }> = {
  R16: {
    files: {
      "articles/slug-con.md": article({ slug: "con" }),
      "articles/slug-nul.md": article({ slug: "nul" }),
      "articles/slug-com1.md": article({ slug: "com1" }),
      "articles/aux.md": article({}),
      "pages/tags.md": `---\ntitle: "Tags"\n---\n${BODY}`,
    },
    expected: [
      { file: "articles/slug-con.md", code: "E_SLUG_RESERVED", line: 5 },
      { file: "articles/slug-nul.md", code: "E_SLUG_RESERVED", line: 5 },
      { file: "articles/slug-com1.md", code: "E_SLUG_RESERVED", line: 5 },
      { file: "articles/aux.md", code: "E_SLUG_RESERVED" },
      { file: "pages/tags.md", code: "E_SLUG_RESERVED" },
    ],
  },
  R17: {
    files: {
      "articles/slug-dots.md": article({ slug: '"../../escape"' }),
      "articles/slug-abs.md": article({ slug: '"/etc/escape"' }),
      "articles/slug-pct.md": article({ slug: '"%2e%2e"' }),
      "articles/slug-backslash.md": article({ slug: '"a\\\\b"' }),
      "articles/slug-nul-byte.md": article({ slug: '"a\\0b"' }),
      "articles/hero-escape.md": article({
        image: '{ src: "../../../../../etc/hostname", alt: "x" }',
      }),
      "articles/body-escape.md": article({}, "![x](../../../../../../etc/hostname)\n"),
    },
    expected: [
      { file: "articles/slug-dots.md", code: ["E_SLUG_INVALID", "E_PATH_ESCAPE"], line: 5 },
      { file: "articles/slug-abs.md", code: ["E_SLUG_INVALID", "E_PATH_ESCAPE"], line: 5 },
      { file: "articles/slug-pct.md", code: ["E_SLUG_INVALID", "E_PATH_ESCAPE"], line: 5 },
      { file: "articles/slug-backslash.md", code: ["E_SLUG_INVALID", "E_PATH_ESCAPE"], line: 5 },
      {
        file: "articles/slug-nul-byte.md",
        code: ["E_SLUG_INVALID", "E_PATH_ESCAPE", "E_FM_TYPE"],
        line: 5,
      },
      { file: "articles/hero-escape.md", code: ["E_PATH_ESCAPE", "E_IMAGE_MISSING"], line: 5 },
      { file: "articles/body-escape.md", code: ["E_PATH_ESCAPE", "E_IMAGE_MISSING"], line: 6 },
    ],
  },
  R20: {
    files: {
      "articles/latin1.md": bytes(head, "caf", [0xe9], "\n"),
      "articles/nul.md": bytes(head, "a", [0x00], "b\n"),
      "articles/surrogate.md": bytes(head, "x", [0xed, 0xa0, 0x80], "\n"),
    },
    expected: [
      {
        file: "articles/latin1.md",
        code: "E_ENCODING",
        message: new RegExp(`byte ${head.length + 3}`),
      },
      {
        file: "articles/nul.md",
        code: "E_ENCODING",
        message: new RegExp(`byte ${head.length + 1}`),
      },
      {
        file: "articles/surrogate.md",
        code: "E_ENCODING",
        message: new RegExp(`byte ${head.length + 1}`),
      },
    ],
  },
  R21: {
    files: {
      "articles/fm-only.md": `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\n---\n`,
      "articles/whitespace.md": `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\n---\n  \n\t\n\n`,
    },
    expected: [
      { file: "articles/fm-only.md", code: "E_BODY_EMPTY" },
      { file: "articles/whitespace.md", code: "E_BODY_EMPTY" },
    ],
  },
};

describe("hostile paths, links and encodings", () => {
  const shared = sharedBuild(rows);
  it("R16: should refuse Windows reserved names as slugs and reserved first segments (E_SLUG_RESERVED)", () =>
    shared.assertRow("R16"));
  it("R17: should refuse slugs and image paths that would leave their folder (E_SLUG_INVALID / E_PATH_ESCAPE)", () =>
    shared.assertRow("R17"));
  it("R20: should refuse non-UTF-8 bytes, NUL and a lone surrogate (E_ENCODING at byte N)", () =>
    shared.assertRow("R20"));
  it("R21: should refuse front matter only and a whitespace body (E_BODY_EMPTY), never an empty page", () =>
    shared.assertRow("R21"));

  it("R16: should refuse a path segment over 255 UTF-8 bytes before any write (E_PATH_TOO_LONG)", () => {
    const long = "𠀀".repeat(70); // 70 letters, 280 UTF-8 bytes
    const run = hostileBuild(
      { "articles/long.md": article({ slug: `"${long}"` }) },
      { site: siteYaml({ slugStyle: "unicode" }) },
    );
    assertRefused(run, [
      { file: "articles/long.md", code: ["E_PATH_TOO_LONG", "E_SLUG_INVALID"], line: 5 },
    ]);
  });

  it("R18: should refuse two sources claiming one URL, compared case-folded and NFC (E_PATH_COLLISION naming both)", () => {
    const run = hostileBuild({
      "articles/one.md": article({ slug: "same-story" }),
      "articles/two.md": article({ slug: "same-story" }),
      "pages/Same.md": `---\ntitle: "Upper"\n---\n${BODY}`,
      "pages/same.md": `---\ntitle: "Lower"\n---\n${BODY}`,
      "articles/caf\u00e9.md": article({ title: '"NFC"' }),
      "articles/cafe\u0301.md": article({ title: '"NFD"' }),
    });
    assertRefused(
      run,
      [
        { file: "articles/one.md", code: "E_PATH_COLLISION", message: /two\.md/ },
        { file: "pages/Same.md", code: "E_PATH_COLLISION", message: /same\.md/ },
        { file: "articles/caf\u00e9.md", code: "E_PATH_COLLISION" },
      ].filter((e) => run.report?.errors.some((x) => x.file.endsWith(e.file)) ?? true),
      [
        { file: "articles/one.md", code: "E_PATH_COLLISION" },
        { file: "articles/two.md", code: "E_PATH_COLLISION" },
        { file: "pages/Same.md", code: "E_PATH_COLLISION" },
        { file: "pages/same.md", code: "E_PATH_COLLISION" },
        { file: "articles/caf\u00e9.md", code: "E_PATH_COLLISION" },
        { file: "articles/cafe\u0301.md", code: "E_PATH_COLLISION" },
      ],
    );
    const errors = run.report!.errors;
    const names = (a: string, b: string): boolean =>
      errors.some(
        (e) => e.code === "E_PATH_COLLISION" && e.message.includes(a) && e.message.includes(b),
      ) ||
      errors.some(
        (e) => e.code === "E_PATH_COLLISION" && e.file.endsWith(a) && e.message.includes(b),
      ) ||
      errors.some(
        (e) => e.code === "E_PATH_COLLISION" && e.file.endsWith(b) && e.message.includes(a),
      );
    assert.ok(names("one.md", "two.md"), JSON.stringify(errors, null, 1));
    assert.ok(names("Same.md", "same.md"), JSON.stringify(errors, null, 1));
    assert.ok(names("caf\u00e9.md", "cafe\u0301.md"), JSON.stringify(errors, null, 1));
  });

  it("R19: should refuse symlinks anywhere under content (E_SYMLINK) and publish nothing behind them", () => {
    const { root } = prepareTree({ "articles/real.md": article({}) });
    const outside = path.join(root, "outside");
    fs.mkdirSync(outside);
    fs.writeFileSync(
      path.join(outside, "secret.md"),
      article({ title: `"${SECRET}"` }, `${SECRET}\n`),
    );
    fs.writeFileSync(path.join(outside, "secret.png"), SECRET);
    const content = path.join(root, "content");
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(content, "articles/link.md"));
    fs.symlinkSync(outside, path.join(content, "articles/linked-dir"));
    fs.mkdirSync(path.join(content, "media"));
    fs.symlinkSync(path.join(outside, "secret.png"), path.join(content, "media/pic.png"));
    fs.symlinkSync("/etc", path.join(content, "pages"));
    const run = runIn(root);
    assertRefused(run, [
      { file: "articles/link.md", code: "E_SYMLINK", line: 1 },
      { file: "articles/linked-dir", code: "E_SYMLINK", line: 1 },
      { file: "media/pic.png", code: "E_SYMLINK", line: 1 },
      { file: "pages", code: "E_SYMLINK", line: 1 },
    ]);
    assert.ok(!JSON.stringify(run.report).includes(SECRET), "the secret is never read");
    for (const f of fs.readdirSync(run.out, { recursive: true, withFileTypes: true }))
      if (f.isFile()) assert.ok(!fs.readFileSync(path.join(f.parentPath, f.name)).includes(SECRET));
  });
});
