// Tests for src/collect/related.ts (F-TAX-13): weighted tags + TF-IDF with CJK bigrams + section
// boost; deterministic ties; an expected top 3 on a 30-article fixture, stable under shuffling.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { relatedArticles, terms } from "../../src/collect/related.ts";
import type { Article } from "../../src/content/article.ts";

function make(
  id: string,
  day: number,
  section: string,
  tags: string[],
  title: string,
  body: string,
): Article {
  const ms = Date.UTC(2024, 0, day);
  return {
    source: `articles/${id}.md`,
    id,
    lang: "zh",
    title,
    date: { iso: new Date(ms).toISOString(), ms, dateOnly: false, display: "", ymd: "2024-01-01" },
    section,
    tags,
    authors: [],
    featured: false,
    draft: false,
    slug: id,
    corrections: [],
    bodyHtml: "",
    bodyText: body,
    media: [],
  };
}

/** 30 articles: rain and floods, the metro, hot pot, and filler on other topics. */
function fixture(): Article[] {
  const list = [
    make(
      "target",
      20,
      "news",
      ["暴雨", "洪水"],
      "武隆暴雨洪水预警",
      "气象台发布暴雨橙色预警，武隆山区可能出现山洪和滑坡，居民需要转移。",
    ),
    make(
      "flood-both",
      10,
      "news",
      ["暴雨", "洪水"],
      "綦江暴雨引发洪水",
      "綦江连续暴雨，河水上涨，山洪冲毁道路，居民连夜转移。",
    ),
    make(
      "flood-text",
      12,
      "news",
      ["天气"],
      "山洪滑坡风险升高",
      "专家提醒暴雨过后山区滑坡和山洪风险升高，居民不要靠近河道。",
    ),
    make(
      "flood-one-tag",
      14,
      "news",
      ["洪水"],
      "长江洪峰通过朝天门",
      "长江洪峰今日通过朝天门，水位接近警戒线。",
    ),
    make(
      "flood-other-section",
      15,
      "business",
      ["暴雨"],
      "暴雨影响物流",
      "连日暴雨导致部分物流线路暂停，货运企业调整计划。",
    ),
    make(
      "metro-1",
      3,
      "news",
      ["地铁"],
      "地铁18号线开通",
      "轨道交通18号线开通运营，连接跳磴与九龙坡。",
    ),
    make("metro-2", 4, "news", ["地铁"], "地铁票价调整", "地铁票价听证会召开，市民关心换乘优惠。"),
    make(
      "hotpot-1",
      5,
      "business",
      ["火锅"],
      "火锅底料出口增长",
      "火锅底料出口欧洲，企业扩大产能。",
    ),
    make(
      "hotpot-2",
      6,
      "business",
      ["火锅"],
      "火锅节开幕",
      "南坪火锅节开幕，三十个国家的采购商到场。",
    ),
  ];
  for (let i = list.length; i < 30; i++) {
    list.push(
      make(
        `filler-${i}`,
        i,
        i % 2 ? "culture" : "sport",
        [`话题${i}`],
        `文化活动第${i}期`,
        `图书馆举办第${i}期读书会，市民踊跃参加。`,
      ),
    );
  }
  return list;
}

function run(list: Article[]): Map<string, string[]> {
  const sorted = [...list].sort((a, b) => b.date.ms - a.date.ms || (a.id < b.id ? -1 : 1));
  const groups = new Map<string, Article[]>();
  for (const a of sorted) for (const t of a.tags) groups.set(t, [...(groups.get(t) ?? []), a]);
  const result = relatedArticles(sorted, groups.values());
  return new Map([...result].map(([a, r]) => [a.id, r.map((x) => x.id)]));
}

describe("terms", () => {
  it("should split Han runs into bigrams and keep Latin words without stop words", () => {
    assert.deepEqual(terms("暴雨洪水 and the Flood"), ["flood", "暴雨", "雨洪", "洪水"]);
    assert.deepEqual(terms("雨"), ["雨"]);
  });
});

describe("relatedArticles", () => {
  it("should rank the expected top 3 on the 30-article fixture", () => {
    // Two shared tags beat one; with one shared tag each, the stronger text match (暴雨 in title and
    // body) beats the same-section boost; text alone (no shared tag) comes after every tag match.
    const top = run(fixture()).get("target")!;
    assert.deepEqual(top.slice(0, 3), ["flood-both", "flood-other-section", "flood-one-tag"]);
    assert.equal(top[3], "flood-text", "text similarity alone still ranks above unrelated stories");
  });

  it("should give 3 to 5 per article and never the article itself", () => {
    for (const [id, r] of run(fixture())) {
      assert.ok(r.length >= 3 && r.length <= 5, `${id}: ${r.length}`);
      assert.ok(!r.includes(id));
      assert.equal(new Set(r).size, r.length);
    }
  });

  it("should give the same lists whatever the input order", () => {
    const base = run(fixture());
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = fixture();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (i * 7919 + seed * 104729) % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      assert.deepEqual(run(shuffled), base);
    }
  });

  it("should break equal scores by date (newer first), then id", () => {
    const twins = [
      make("b", 5, "news", ["x"], "alpha", "alpha"),
      make("a", 5, "news", ["x"], "alpha", "alpha"),
      make("c", 9, "news", ["x"], "alpha", "alpha"),
      make("self", 1, "news", ["x"], "alpha", "alpha"),
    ];
    assert.deepEqual(run(twins).get("self"), ["c", "a", "b"]);
  });
});
