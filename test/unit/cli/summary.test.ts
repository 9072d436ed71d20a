// Tests for src/cli/summary.ts: the one-line summary, singular and plural, the nothing-lost figure.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BuildReport } from "../../../src/report.ts";
import {
  formatSeconds,
  nothingLostLine,
  plural,
  summaryLine,
  totalsLine,
} from "../../../src/cli/summary.ts";

/** A successful report with the given counts. */
function report(over: Partial<BuildReport> = {}): BuildReport {
  return {
    ok: true,
    articles: { published: 22, drafts: 1, pending: 1, expired: 0 },
    pages: { article: 22, home: 5, media: 5 },
    pagesBuilt: 146,
    errors: [],
    warnings: [],
    seconds: { load: 0.01, total: 1.43 },
    rssMb: { load: 100, peak: 264 },
    bodies: { cached: 3, rendered: 23 },
    files: { rendered: 300, carried: 21 },
    ...over,
  };
}

const warning = { file: "c/x", line: 1, col: 1, code: "W_IGNORED", message: "m", hint: "h" };

describe("summary", () => {
  it("should say what was built, how long it took and what was held back", () => {
    assert.equal(
      summaryLine(report(), "build"),
      "built 146 pages (326 files) from 22 articles in 1.4 s — 1 draft, 1 scheduled, 0 warnings",
    );
  });

  it("should say a build with nothing to do is up to date, with what the output holds", () => {
    assert.equal(
      summaryLine(report({ upToDate: true }), "build"),
      "up to date (nothing changed since the last build): 146 pages (326 files) from 22 articles in 1.4 s — 1 draft, 1 scheduled, 0 warnings",
    );
  });

  it("should use the singular for one and the plural otherwise", () => {
    const one = report({
      articles: { published: 1, drafts: 2, pending: 0, expired: 0 },
      pagesBuilt: 1,
      pages: { media: 0 },
      files: { rendered: 1, carried: 0 },
      warnings: [warning],
    });
    assert.equal(
      summaryLine(one, "build"),
      "built 1 page (1 file) from 1 article in 1.4 s — 2 drafts, 0 scheduled, 1 warning",
    );
    assert.equal(plural(0, "warning"), "0 warnings");
  });

  it("should say checked for check, and name expired articles only when there are some", () => {
    const r = report({ articles: { published: 3, drafts: 0, pending: 0, expired: 2 } });
    assert.equal(
      summaryLine(r, "check"),
      "checked 146 pages from 3 articles in 1.4 s — 0 drafts, 0 scheduled, 2 expired, 0 warnings",
    );
  });

  it("should print seconds with one decimal, two under a tenth", () => {
    assert.equal(formatSeconds(1.43), "1.4 s");
    assert.equal(formatSeconds(0.042), "0.04 s");
  });

  it("should state the nothing-lost figure and keep the totals for --verbose", () => {
    assert.equal(nothingLostLine(report()), "published in 22 = article pages out 22");
    assert.equal(
      totalsLine(report()),
      "totals   article 22, home 5, media 5; bodies 3 cached / 23 rendered; files 300 rendered / 21 carried over; peak RSS 264 MB",
    );
  });
});
