// Tests for src/serve/session.ts: one build per burst, the overlay follows the last build, code
// changes restart the build process, and every finished build reloads the pages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ContentError } from "../../../src/content/errors.ts";
import type { BuildOutcome } from "../../../src/serve/builder.ts";
import { Session } from "../../../src/serve/session.ts";
import type { BuildReport } from "../../../src/pipeline.ts";

const BAD: ContentError = {
  file: "content/articles/a.md",
  line: 2,
  col: 1,
  code: "E_FM_UNKNOWN_KEY",
  message: 'unknown key "<i>x</i>"',
  hint: "allowed: title",
};

function report(errors: ContentError[] = []): BuildReport {
  return {
    ok: errors.length === 0,
    articles: { published: 3, drafts: 1, pending: 1, expired: 0 },
    pages: {},
    pagesBuilt: 12,
    errors,
    warnings: [],
    seconds: { total: 0.1 },
    rssMb: {},
    bodies: { cached: 0, rendered: 0 },
    files: { rendered: 1, carried: 11 },
  };
}

/** A builder that answers from a script of outcomes, and a session that records what it did. */
function harness(outcomes: BuildOutcome[]) {
  const calls = { builds: 0, restarts: 0, reloads: 0 };
  const lines: string[] = [];
  const builder = {
    build: async (): Promise<BuildOutcome> => {
      calls.builds++;
      return outcomes.shift() ?? { kind: "report", report: report() };
    },
    restart: () => void calls.restarts++,
  };
  const session = new Session(builder, {
    print: (l) => lines.push(l),
    reload: () => void calls.reloads++,
  });
  return { session, calls, lines };
}

describe("Session", () => {
  it("should show a build's errors in the overlay and the terminal until a build has none", async () => {
    const h = harness([{ kind: "report", report: report([BAD]) }]);
    await h.session.changed(new Set(["content"]));
    assert.match(h.session.overlayHtml(), /E_FM_UNKNOWN_KEY unknown key &#34;&#60;i&#62;x/);
    assert.deepEqual(h.session.lastErrors(), [BAD]);
    assert.ok(
      h.lines.includes(`${BAD.file}:2:1 E_FM_UNKNOWN_KEY ${BAD.message}\n  hint: allowed: title`),
    );
    assert.equal(h.calls.reloads, 1);
    await h.session.changed(new Set(["content"]));
    assert.equal(h.session.overlayHtml(), "");
    assert.equal(h.calls.reloads, 2);
    assert.match(h.lines.at(-1)!, /^build 2: 12 pages from 3 articles \(1 drafts, 1 pending\)/);
  });

  it("should merge changes that arrive during a build into one more build", async () => {
    const h = harness([]);
    const first = h.session.changed(new Set(["content"]));
    void h.session.changed(new Set(["content"]));
    void h.session.changed(new Set(["content"]));
    await first;
    assert.equal(h.calls.builds, 2);
    // The first build's result was stale when it came back: only the last one reloads.
    assert.equal(h.calls.reloads, 1);
  });

  it("should restart the build process on a code change and build again if one was superseded", async () => {
    const h = harness([{ kind: "superseded" }]);
    await h.session.changed(new Set(["code", "content"]));
    assert.equal(h.calls.restarts, 1);
    assert.equal(h.calls.builds, 2);
    assert.ok(h.lines.includes("code changed: starting a fresh build process"));
  });

  it("should report a crash of the build code as a located error", async () => {
    const h = harness([{ kind: "crash", message: "SyntaxError: Unexpected token\n    at x.ts:1" }]);
    await h.session.changed(new Set(["code"]));
    const [e] = h.session.lastErrors();
    assert.equal(e?.code, "E_BUILD_CRASHED");
    assert.equal(e?.file, "src/serve/build-child.ts");
    assert.match(e!.message, /SyntaxError: Unexpected token$/);
    assert.match(h.session.overlayHtml(), /E_BUILD_CRASHED/);
  });

  it("should stop building once closed", async () => {
    const h = harness([]);
    h.session.close();
    await h.session.changed(new Set(["content"]));
    assert.equal(h.calls.builds, 0);
  });
});
