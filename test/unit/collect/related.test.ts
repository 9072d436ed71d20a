// Tests for src/collect/related.ts: weighted tags + TF-IDF with CJK bigrams + section boost;
// deterministic ties; an expected top 3 on a 30-article fixture, the same in any input order.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  packTerms,
  relatedArticles,
  termCounts,
  terms,
  type RelatedOptions,
} from "../../../src/collect/related.ts";
import type { Article } from "../../../src/content/article.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { heldBody } from "../../../src/content/body.ts";

function make(
  id: string,
  day: number,
  section: string,
  tags: string[],
  title: string,
  body: string,
): Article {
  return makeArticle({
    source: `articles/${id}.md`,
    id,
    lang: "zh",
    title,
    date: makeStamp(new Date(Date.UTC(2024, 0, day)).toISOString()),
    section,
    tags,
    slug: id,
    body: heldBody("", body),
  });
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

/** Newest first, then the lower id: the order collect hands articles over in. */
const newestFirst = (a: Article, b: Article): number =>
  b.date.ms - a.date.ms || (a.id < b.id ? -1 : 1);

/** Related ids per article id, for `list` and its tag groups given in exactly the order passed. */
function relate(
  list: readonly Article[],
  groups: Iterable<readonly Article[]>,
  options: Partial<RelatedOptions> = {},
): Map<string, string[]> {
  const result = relatedArticles(list, groups, options);
  return new Map([...result].map(([a, r]) => [a.id, r.map((x) => x.id)]));
}

/** Tag groups of `list`, each in `list` order, the groups in order of first use. */
function groupsOf(list: readonly Article[]): Article[][] {
  const groups = new Map<string, Article[]>();
  for (const a of list) for (const t of a.tags) groups.set(t, [...(groups.get(t) ?? []), a]);
  return [...groups.values()];
}

function run(list: Article[]): Map<string, string[]> {
  const sorted = [...list].sort(newestFirst);
  return relate(sorted, groupsOf(sorted));
}

/** A deterministic Fisher–Yates shuffle of a copy of `list`. */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (i * 7919 + seed * 104729) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
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

  it("should score the same lists whatever the order of the articles and of the tag groups", () => {
    // min: 0 leaves out the top-up, which by contract takes the caller's newest-first order.
    const sorted = fixture().sort(newestFirst);
    const base = relate(sorted, groupsOf(sorted), { min: 0 });
    assert.deepEqual(base.get("target")?.slice(0, 3), [
      "flood-both",
      "flood-other-section",
      "flood-one-tag",
    ]);
    const orders = [
      [...sorted].reverse(),
      shuffle(sorted, 1),
      shuffle(sorted, 2),
      shuffle(sorted, 3),
    ];
    for (const [n, list] of orders.entries()) {
      assert.notDeepEqual(
        list.map((a) => a.id),
        sorted.map((a) => a.id),
        "the input really is in another order",
      );
      const groups = shuffle(groupsOf(list), n + 7).map((g) => shuffle(g, n + 11));
      assert.deepEqual(relate(list, groups, { min: 0 }), base, `order ${n}`);
    }
  });

  it("should score the same from cached term counts as from the text", () => {
    // Cached counts come packed (`term count term count …`) and are read in place.
    const counted = fixture().sort(newestFirst);
    const cached = counted.map((a) => {
      const packed = packTerms(termCounts(a.title, a.body.text()));
      const stats = { readingMinutes: 1, terms: () => packed, excerpt: "", termsDigest: packed };
      return {
        ...a,
        body: heldBody("", "unrelated text the cached counts stand in for"),
        textStats: stats,
      };
    });
    const base = relate(counted, groupsOf(counted), { min: 0 });
    assert.ok(
      [...base.values()].some((l) => l.length > 0),
      "the fixture relates articles",
    );
    assert.deepEqual(relate(cached, groupsOf(cached), { min: 0 }), base);
    // Every pair counts, the first and the last included: a story shares its first term (its
    // title) with one story and its last with another (no tags), and cached counts relate it to both.
    const cachedStory = (id: string, day: number, title: string, text: string): Article => {
      const packed = packTerms(termCounts(title, text));
      const stats = { readingMinutes: 1, terms: () => packed, excerpt: "", termsDigest: packed };
      return { ...make(id, day, "news", [], title, ""), textStats: stats };
    };
    const pair = [
      cachedStory("both", 9, "ferry", "crossing bridge"),
      cachedStory("first", 8, "ferry", "timetable"),
      cachedStory("last", 7, "bridge", "opening"),
      cachedStory("other", 6, "market", "prices"),
      cachedStory("else", 5, "stadium", "match"),
    ];
    assert.deepEqual(relate(pair, [], { min: 0 }).get("both"), ["first", "last"]);
  });

  it("should top up to 3 with the newest of the same section, then of the edition", () => {
    const list = [
      make("culture-new", 9, "culture", [], "音乐会", "交响乐团演出"),
      make("news-new", 8, "news", [], "桥梁通车", "大桥今日通车"),
      make("self", 7, "news", [], "山城步道", "步道开放"),
      make("news-old", 2, "news", [], "码头改造", "码头完成改造"),
      make("sport-old", 1, "sport", [], "马拉松", "选手报名"),
    ];
    const related = run(list);
    assert.deepEqual(related.get("self"), ["news-new", "news-old", "culture-new"]);
    assert.deepEqual(related.get("sport-old"), ["culture-new", "news-new", "self"]);
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
