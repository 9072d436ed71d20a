// Tests for src/collect/groups.ts: status counts, the shown articles and their groups.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { groupArticles, sectionKey } from "../../../src/collect/groups.ts";
import type { Article } from "../../../src/content/article.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { sampleArticles } from "../../helpers/collect.ts";

const LANGS = ["en", "zh"] as const;

/** A published article `slug` of `iso`, in `lang` and `section`. */
function art(slug: string, iso: string, lang: "en" | "zh" = "en", section = "news"): Article {
  return makeArticle({ source: `articles/${slug}.md`, slug, lang, section, date: makeStamp(iso) });
}

describe("groupArticles", () => {
  it("should count every status and show only published articles", () => {
    const s = sampleArticles();
    const g = groupArticles(Object.values(s), [...LANGS], false);
    assert.deepEqual(g.counts, { published: 3, drafts: 1, pending: 1, expired: 1 });
    assert.deepEqual(g.shown, [s.typhoonZh, s.typhoonEn, s.metroEn]);
  });

  it("should show drafts and pending articles in a preview, but never expired ones", () => {
    const s = sampleArticles();
    const g = groupArticles(Object.values(s), [...LANGS], true);
    assert.deepEqual(g.counts, { published: 3, drafts: 1, pending: 1, expired: 1 });
    assert.deepEqual(g.shown, [s.pendingZh, s.typhoonZh, s.typhoonEn, s.draftEn, s.metroEn]);
  });

  it("should group the shown articles by edition and section, newest first", () => {
    const a = art("a", "2024-03-01T09:00:00+08:00");
    const b = art("b", "2024-05-01T09:00:00+08:00", "en", "business");
    const c = art("c", "2024-04-01T09:00:00+08:00");
    const d = art("d", "2024-04-02T09:00:00+08:00", "zh");
    const g = groupArticles([a, b, c, d], [...LANGS], false);
    assert.deepEqual(g.shown, [b, d, c, a]);
    assert.deepEqual(
      [...g.bySection],
      [
        [sectionKey("en", "business"), [b]],
        [sectionKey("zh", "news"), [d]],
        [sectionKey("en", "news"), [c, a]],
      ],
    );
    assert.deepEqual(
      [...g.byLang],
      [
        ["en", [b, c, a]],
        ["zh", [d]],
      ],
    );
    assert.deepEqual(
      [...g.sectionIndex].map(([x, i]) => [x.slug, i]),
      [
        ["b", 0],
        ["d", 0],
        ["c", 0],
        ["a", 1],
      ],
    );
  });

  it("should give every configured edition a list, empty when it has no articles", () => {
    const g = groupArticles([art("a", "2024-03-01T09:00:00+08:00")], [...LANGS], false);
    assert.deepEqual(g.byLang.get("zh"), []);
    assert.deepEqual(g.byMonth.get("zh")?.size, 0);
  });

  it("should group each edition by month of the site-zone date, newest first", () => {
    const may = art("may", "2024-05-01T00:30:00+08:00");
    const lateApril = art("late", "2024-04-30T23:00:00+08:00");
    const earlyApril = art("early", "2024-04-01T09:00:00+08:00");
    const zh = art("zh", "2024-04-15T09:00:00+08:00", "zh");
    const g = groupArticles([earlyApril, zh, may, lateApril], [...LANGS], false);
    assert.deepEqual(
      [...g.byMonth.get("en")!],
      [
        ["2024-05", [may]],
        ["2024-04", [lateApril, earlyApril]],
      ],
    );
    assert.deepEqual([...g.byMonth.get("zh")!], [["2024-04", [zh]]]);
  });
});
