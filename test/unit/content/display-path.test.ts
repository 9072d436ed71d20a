// Tests for src/content/display-path.ts: how errors name a file.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { displayPath } from "../../../src/content/display-path.ts";

const CWD = process.cwd();

describe("displayPath", () => {
  it("should name a file relative to INIT_CWD when npm set it", () => {
    const env = { INIT_CWD: path.join(CWD, "content") };
    assert.equal(displayPath(path.join(CWD, "content", "articles", "a.md"), env), "articles/a.md");
    assert.equal(displayPath(path.join(CWD, "site", "b.md"), env), "../site/b.md");
  });

  it("should name a file relative to the working directory without INIT_CWD", () => {
    assert.equal(displayPath(path.join(CWD, "content", "site.yaml"), {}), "content/site.yaml");
    assert.equal(displayPath("content/articles/a.md", {}), "content/articles/a.md");
  });

  it("should resolve a relative file against the working directory, not INIT_CWD", () => {
    const env = { INIT_CWD: path.join(CWD, "content") };
    assert.equal(displayPath("content/pages/about.md", env), "pages/about.md");
  });

  it("should write posix separators on a platform that writes backslashes", (t) => {
    // Windows as far as displayPath can tell: its separator, and relative paths written with it.
    t.mock.method(path, "relative", () => "content\\articles\\2024\\a.md");
    const writable = path as { sep: string };
    const sep = writable.sep;
    writable.sep = "\\";
    try {
      assert.equal(displayPath("content/articles/2024/a.md", {}), "content/articles/2024/a.md");
    } finally {
      writable.sep = sep;
    }
  });

  it("should name the starting folder itself `.`", () => {
    assert.equal(displayPath(CWD, {}), ".");
    assert.equal(
      displayPath(path.join(CWD, "content"), { INIT_CWD: path.join(CWD, "content") }),
      ".",
    );
  });
});
