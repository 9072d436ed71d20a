// Tests for src/cli/args.ts: the commands, `new` and its options, --format and --verbose.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCli } from "../../../src/cli/args.ts";

describe("command line", () => {
  it("should read new with its title, section, lang and tags", () => {
    const a = parseCli(["new", "A title", "--section", "news", "--lang", "zh", "--tags", "a,b"]);
    assert.deepEqual(
      [a.command, a.title, a.section, a.lang, a.tags, a.contentDir],
      ["new", "A title", "news", "zh", "a,b", "content"],
    );
  });

  it("should refuse the options of new on other commands, and a second title", () => {
    assert.throws(
      () => parseCli(["build", "--section", "news"]),
      /--section is for new, not build/,
    );
    assert.throws(() => parseCli(["new", "a", "b"]), /unexpected argument "b"/);
  });

  it("should read --format github and --verbose for build and check", () => {
    const a = parseCli(["check", "--format", "github", "--verbose"]);
    assert.deepEqual([a.command, a.format, a.verbose], ["check", "github", true]);
    assert.equal(parseCli([]).format, "text");
  });

  it("should refuse an unknown format, --format on new, and contradicting flags", () => {
    assert.throws(() => parseCli(["check", "--format", "gitlab"]), /text or github, not "gitlab"/);
    assert.throws(() => parseCli(["new", "t", "--format", "github"]), /--format is for build/);
    assert.throws(() => parseCli(["check", "--format", "github", "--json"]), /exclude/);
    assert.throws(() => parseCli(["--quiet", "--verbose"]), /exclude/);
  });

  it("should quote an unknown command with its controls escaped", () => {
    assert.throws(() => parseCli(["bu\u001bild"]), /unknown command "bu\\u001bild"/);
  });
});
