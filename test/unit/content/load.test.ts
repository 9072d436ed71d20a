// Tests for src/content/load.ts: listing, refusing symlinks, size caps, and text decoding.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { decodeText, loadContent } from "../../../src/content/load.ts";
import type { SourceFile } from "../../../src/content/load.ts";

const SECRET = "TOP-SECRET-7f3a";
let base: string;
let root: string;

function put(rel: string, data: string | Uint8Array): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, data);
}

const shown = (rel: string): string =>
  path.relative(process.cwd(), path.join(root, rel)).split(path.sep).join("/");

before(() => {
  base = mkdtempSync(path.join(tmpdir(), "broadsheet-load-"));
  root = path.join(base, "content");
  writeFileSync(path.join(base, "secret.txt"), SECRET);
  mkdirSync(path.join(base, "outside"));
  writeFileSync(path.join(base, "outside", "x.md"), SECRET);
  put("site.yaml", "title: x\n");
  put("authors.yaml", "a:\n  name: A\n");
  put("redirects.lock", "");
  put("articles/2023/b.md", "---\n");
  put("articles/2023/a.md", "---\n");
  put("articles/zh/c.md", "---\n");
  put("pages/about.md", "---\n");
  put("media/x.png", new Uint8Array([1, 2, 3]));
  put(".git/config", "x");
  put("articles/.draft.md", "x");
  put("README.txt", "x");
  put("articles/notes.txt", "x");
  put("pages/sub/deep.md", "x");
  put("media/readme.md", "x");
  symlinkSync(path.join(base, "secret.txt"), path.join(root, "articles", "link.md"));
  symlinkSync(path.join(base, "outside"), path.join(root, "articles", "linked-dir"));
});

after(() => rmSync(base, { recursive: true, force: true }));

describe("loadContent", () => {
  it("should list the expected files sorted by path, with bytes and display paths", async () => {
    const { files } = await loadContent(root);
    assert.deepEqual(
      files.map((f) => f.path),
      [
        "articles/2023/a.md",
        "articles/2023/b.md",
        "articles/zh/c.md",
        "authors.yaml",
        "pages/about.md",
        "redirects.lock",
        "site.yaml",
      ],
    );
    const site = files.find((f) => f.path === "site.yaml");
    assert.equal(new TextDecoder().decode(site?.bytes), "title: x\n");
    assert.equal(site?.displayPath, shown("site.yaml"));
  });

  it("should list media files with their size and identity, without reading them", async () => {
    const { media } = await loadContent(root);
    const st = lstatSync(path.join(root, "media/x.png"));
    assert.deepEqual(media, [
      {
        path: "media/x.png",
        displayPath: shown("media/x.png"),
        abs: path.join(root, "media/x.png"),
        size: 3,
        identity: { ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs },
      },
    ]);
    assert.ok(!("bytes" in media[0]!));
  });

  it("should report symlinks as E_SYMLINK and never read their targets", async () => {
    const { files, errors } = await loadContent(root);
    const links = errors.filter((e) => e.code === "E_SYMLINK").map((e) => e.file);
    assert.deepEqual(links, [shown("articles/link.md"), shown("articles/linked-dir")]);
    for (const f of files) assert.ok(!new TextDecoder().decode(f.bytes).includes(SECRET), f.path);
    assert.ok(!files.some((f) => f.path.startsWith("articles/linked-dir")));
  });

  it("should report hidden entries and files with no place by name as W_IGNORED", async () => {
    const { errors } = await loadContent(root);
    const warned = errors.filter((e) => e.code === "W_IGNORED").map((e) => e.file);
    assert.deepEqual(warned, [
      shown(".git"),
      shown("README.txt"),
      shown("articles/.draft.md"),
      shown("articles/notes.txt"),
      shown("media/readme.md"),
    ]);
    assert.ok(
      !errors.some((e) => e.file.startsWith(`${shown(".git")}/`)),
      "a hidden folder is not entered",
    );
  });

  it("should refuse Markdown under pages/ that is not pages/*.md (E_CONTENT_NAME)", async () => {
    const { files, errors } = await loadContent(root);
    const refused = errors.filter((e) => e.code === "E_CONTENT_NAME").map((e) => e.file);
    assert.deepEqual(refused, [shown("pages/sub/deep.md")]);
    assert.ok(!files.some((f) => f.path === "pages/sub/deep.md"));
  });

  it("should report a missing content folder", async () => {
    const { files, errors } = await loadContent(path.join(base, "nope"));
    assert.equal(files.length, 0);
    assert.equal(errors[0]?.code, "E_PATH_MISSING");
  });

  it("should report a file over the cap as E_TOO_LARGE without reading it", async () => {
    const big = path.join(root, "articles", "big.md");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    try {
      const started = Date.now();
      const { files, errors } = await loadContent(root);
      assert.ok(Date.now() - started < 1000);
      assert.ok(!files.some((f) => f.path === "articles/big.md"));
      const e = errors.find((x) => x.code === "E_TOO_LARGE");
      assert.equal(e?.file, shown("articles/big.md"));
      assert.equal(e?.line, 1);
    } finally {
      rmSync(big);
    }
  });

  it("should honour a smaller maxBytes, at the byte", async () => {
    const large = async (maxBytes: number): Promise<string[]> =>
      (await loadContent(root, { maxBytes })).errors
        .filter((e) => e.code === "E_TOO_LARGE")
        .map((e) => e.file);
    assert.deepEqual(await large(8), [shown("authors.yaml"), shown("site.yaml")]);
    assert.deepEqual(await large(12), [shown("authors.yaml")]);
    const { errors: none } = await loadContent(root, { maxBytes: 13 });
    assert.deepEqual(
      none.filter((e) => e.code === "E_TOO_LARGE"),
      [],
    );
  });

  it("should skip a FIFO without blocking on it", async (t) => {
    const fifo = path.join(root, "articles", "pipe.md");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      t.skip("mkfifo is not available");
      return;
    }
    try {
      const { errors } = await loadContent(root);
      assert.ok(errors.some((e) => e.code === "W_IGNORED" && e.file === shown("articles/pipe.md")));
    } finally {
      rmSync(fifo);
    }
  });
});

describe("decodeText", () => {
  const file = (bytes: number[] | Uint8Array): SourceFile => ({
    path: "articles/a.md",
    displayPath: "content/articles/a.md",
    bytes: new Uint8Array(bytes),
  });
  const enc = (s: string): number[] => [...new TextEncoder().encode(s)];

  it("should strip a BOM and turn CRLF and CR into LF", () => {
    const r = decodeText(file([0xef, 0xbb, 0xbf, ...enc("a\r\nb\rc\n台风")]));
    assert.deepEqual(r, { ok: true, text: "a\nb\nc\n台风" });
  });

  const BAD: [name: string, bytes: number[], offset: number][] = [
    ["Latin-1 café", [...enc("caf"), 0xe9], 3],
    ["a lone continuation byte", [...enc("ab"), 0x80, ...enc("c")], 2],
    ["an overlong slash", [...enc("x"), 0xc0, 0xaf], 1],
    ["a lone surrogate", [...enc("台"), 0xed, 0xa0, 0x80], 3],
    ["a truncated sequence", [...enc("ok"), 0xe5, 0x8f], 2],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
  ];
  for (const [name, bytes, offset] of BAD) {
    it(`should report ${name} as E_ENCODING at byte ${offset}`, () => {
      const r = decodeText(file(bytes));
      assert.ok(!r.ok);
      assert.equal(r.error.code, "E_ENCODING");
      assert.equal(r.error.message, `invalid UTF-8 at byte ${offset}`);
      assert.equal(r.error.file, "content/articles/a.md");
    });
  }

  it("should report a NUL byte as E_ENCODING with its line", () => {
    const r = decodeText(file([...enc("a\nbc"), 0, ...enc("d")]));
    assert.ok(!r.ok);
    assert.equal(r.error.code, "E_ENCODING");
    assert.equal(r.error.message, "NUL byte at byte 4");
    assert.equal(r.error.line, 2);
    assert.equal(r.error.col, 3);
  });

  for (const [name, ch, at] of [
    ["ESC", "\u001b", "U+001B"],
    ["U+FFFE", "\ufffe", "U+FFFE"],
    ["U+FFFF", "\uffff", "U+FFFF"],
  ] as const) {
    it(`should refuse ${name}, which XML forbids, as E_ENCODING with its byte and line`, () => {
      const r = decodeText(file(enc(`title: x\nsum${ch}mary`)));
      assert.ok(!r.ok);
      assert.equal(r.error.code, "E_ENCODING");
      assert.equal(r.error.message, `character ${at} at byte 12 is not allowed in text`);
      assert.equal(r.error.line, 2);
      assert.equal(r.error.col, 4);
    });
  }

  it("should keep tabs, newlines and carriage returns", () => {
    assert.deepEqual(decodeText(file(enc("a\tb\r\nc"))), { ok: true, text: "a\tb\nc" });
  });

  it("should agree with the fatal TextDecoder on valid text", () => {
    const text = "English, 中文, emoji 😀, é, \u{10FFFF}";
    assert.deepEqual(decodeText(file(enc(text))), { ok: true, text });
  });
});
