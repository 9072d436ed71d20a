// Related articles: weighted tag overlap plus TF-IDF text similarity with CJK bigrams and a
// same-section boost; ties by date, then id. Bounded: only articles sharing a tag or one of an
// article's top terms are scored, each posting list read up to a cap, so 10k articles stay linear.
import type { Article } from "../content/article.ts";

/** Tuning of the related-articles score. */
export interface RelatedOptions {
  /** Fewest related articles shown (filled from the section, then the edition, when scores run out). */
  min: number;
  /** Most related articles shown. */
  max: number;
  /** Weight of the text cosine (0–1) against the tag overlap (sum of tag IDF). */
  textWeight: number;
  /** Added when a scored candidate is in the same section. */
  sectionBoost: number;
  /** Terms kept per article (its highest TF-IDF weights). */
  terms: number;
  /** Entries read per tag or term posting list (newest first). */
  postingCap: number;
  /** Characters of body text read after the title. */
  bodyChars: number;
}

/** The defaults: 3–5 related, text cosine ×3, section +0.5. */
export const RELATED_DEFAULTS = {
  min: 3,
  max: 5,
  textWeight: 3,
  sectionBoost: 0.5,
  terms: 12,
  postingCap: 100,
  bodyChars: 1500,
} satisfies RelatedOptions;

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[\p{L}\p{N}]{2,}/gu;
const STOP = new Set(
  "the and for that with from this have has was were are not but its his her their they them into over also after more than will said would about been which when who what while where there".split(
    " ",
  ),
);

/** Terms of a text: Latin words (lower case, no stop words) and Han bigrams (a lone Han char as is). */
export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.replace(HAN_RUN, " ").matchAll(LATIN_WORD)) {
    if (!STOP.has(m[0])) out.push(m[0]);
  }
  for (const m of lower.matchAll(HAN_RUN)) {
    const chars = [...m[0]];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/**
 * The terms of an article's title (twice) and the first `bodyChars` of its body text, each with its
 * count, in the order they first appear (term ids, and so ties, follow that order).
 */
export function termCounts(
  title: string,
  text: string,
  bodyChars: number = RELATED_DEFAULTS.bodyChars,
): [term: string, count: number][] {
  const c = new Map<string, number>();
  for (const t of terms(`${title} ${title} ${text.slice(0, bodyChars)}`))
    c.set(t, (c.get(t) ?? 0) + 1);
  return [...c];
}

/** Term counts packed into one string, `term count term count …` (a term never holds a space). */
export function packTerms(counts: readonly (readonly [string, number])[]): string {
  return counts.map(([t, k]) => `${t} ${k}`).join(" ");
}

/**
 * Calls `each` with every term and count of an article, each term once (as `termCounts` counts
 * them), from its cached stats or counted now.
 */
function eachTerm(
  a: Article,
  o: RelatedOptions,
  each: (term: string, count: number) => void,
): void {
  // Terms counted before the build (from the cache) hold for the default body length only.
  const packed = o.bodyChars === RELATED_DEFAULTS.bodyChars ? a.textStats?.terms() : undefined;
  if (packed === undefined) {
    for (const [t, k] of termCounts(a.title, a.body.text(), o.bodyChars)) each(t, k);
    return;
  }
  // `term count term count …`, read in place (no array of every part).
  let from = 0;
  while (from < packed.length) {
    const gap = packed.indexOf(" ", from);
    const end = packed.indexOf(" ", gap + 1);
    const stop = end === -1 ? packed.length : end;
    each(packed.slice(from, gap), Number(packed.slice(gap + 1, stop)));
    from = stop + 1;
  }
}

/** Tag postings with IDF weights: tags shared by two or more articles, and each article's tags. */
interface TagIndex {
  postings: { idf: number; members: number[] }[];
  tagsOf: number[][];
}

/** Top-term TF-IDF vectors (L2-normalised) and, per term, its articles with their weights. */
interface TextIndex {
  vectors: [term: number, weight: number][][];
  postings: { members: number[]; weights: number[] }[];
}

/** Per-article scoring state, reused across articles (typed arrays for the hot loop). */
interface Scoring {
  section: Int32Array;
  /** Tie-break rank: newer first, then the lower id. */
  rank: Int32Array;
  score: Float64Array;
  touched: number[];
}

/**
 * Related articles of every article of one edition. `articles` is newest first; `tagGroups` lists,
 * per merged tag, its articles of this edition (newest first).
 */
export function relatedArticles(
  articles: readonly Article[],
  tagGroups: Iterable<readonly Article[]>,
  options: Partial<RelatedOptions> = {},
): Map<Article, Article[]> {
  const o: RelatedOptions = { ...RELATED_DEFAULTS, ...options };
  const tags = tagIndex(articles, tagGroups);
  const text = textIndex(articles, o);
  const scoring = scoringState(articles);
  const result = new Map<Article, Article[]>();
  // The top-up takes the newest first (then the lower id), whatever the input order.
  const byRank = [...articles].sort(tieBreak);
  articles.forEach((a, i) => {
    const picked = topRelated(i, tags, text, scoring, o).map((j) => articles[j]!);
    if (picked.length < o.min) fill(picked, a, byRank, o.min);
    result.set(a, picked);
  });
  return result;
}

function tagIndex(articles: readonly Article[], tagGroups: Iterable<readonly Article[]>): TagIndex {
  const n = articles.length;
  const index = new Map(articles.map((a, i) => [a, i]));
  const postings: TagIndex["postings"] = [];
  const tagsOf: number[][] = articles.map(() => []);
  for (const group of tagGroups) {
    const members = group.map((a) => index.get(a)).filter((i): i is number => i !== undefined);
    if (members.length < 2) continue;
    const t = postings.length;
    postings.push({ idf: Math.log(1 + n / members.length), members });
    for (const i of members) tagsOf[i]!.push(t);
  }
  return { postings, tagsOf };
}

function textIndex(articles: readonly Article[], o: RelatedOptions): TextIndex {
  const n = articles.length;
  const termId = new Map<string, number>();
  const df: number[] = [];
  // Each article's terms as ids and counts, in first-appearance order (each term once).
  const terms = articles.map((a) => {
    const ids: number[] = [];
    const tfs: number[] = [];
    eachTerm(a, o, (t, k) => {
      let id = termId.get(t);
      if (id === undefined) termId.set(t, (id = df.push(0) - 1));
      df[id]!++;
      ids.push(id);
      tfs.push(k);
    });
    return { ids, tfs };
  });
  // A term in fewer than two articles, or in all of them, relates none: no weight.
  const idf = df.map((d) => (d < 2 || d === n ? 0 : Math.log(n / d)));
  const postings: TextIndex["postings"] = df.map(() => ({ members: [], weights: [] }));
  const vectors = terms.map(({ ids, tfs }, i) => {
    const top: [number, number][] = [];
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x]!;
      if (idf[id] === 0) continue;
      const w = (1 + Math.log(tfs[x]!)) * idf[id]!;
      if (top.length === o.terms && w <= top[top.length - 1]![1]) continue;
      let k = Math.min(top.length, o.terms - 1);
      top[k] = [id, w];
      while (k > 0 && (w > top[k - 1]![1] || (w === top[k - 1]![1] && id < top[k - 1]![0]))) {
        top[k] = top[k - 1]!;
        top[k - 1] = [id, w];
        k--;
      }
    }
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    for (const [id, w] of top) {
      const p = postings[id]!;
      p.members.push(i);
      p.weights.push(w / norm);
    }
    return top.map(([id, w]): [number, number] => [id, w / norm]);
  });
  return { vectors, postings };
}

function scoringState(articles: readonly Article[]): Scoring {
  const sectionIds = new Map<string, number>();
  const section = Int32Array.from(articles, (a) => {
    let id = sectionIds.get(a.section);
    if (id === undefined) sectionIds.set(a.section, (id = sectionIds.size));
    return id;
  });
  const rank = new Int32Array(articles.length);
  [...articles.keys()]
    .sort((x, y) => tieBreak(articles[x]!, articles[y]!))
    .forEach((i, r) => (rank[i] = r));
  return { section, rank, score: new Float64Array(articles.length), touched: [] };
}

/** The indexes of article `i`'s best `o.max` matches, best first (top-k in one pass, no sort). */
function topRelated(
  i: number,
  tags: TagIndex,
  text: TextIndex,
  s: Scoring,
  o: RelatedOptions,
): number[] {
  const { score, touched, rank } = s;
  touched.length = 0;
  const add = (j: number, w: number): void => {
    if (j === i) return;
    if (score[j] === 0) touched.push(j);
    score[j]! += w;
  };
  for (const t of tags.tagsOf[i]!) {
    const p = tags.postings[t]!;
    const end = Math.min(p.members.length, o.postingCap);
    for (let x = 0; x < end; x++) add(p.members[x]!, p.idf);
  }
  for (const [id, w] of text.vectors[i]!) {
    const p = text.postings[id]!;
    const end = Math.min(p.members.length, o.postingCap);
    for (let x = 0; x < end; x++) add(p.members[x]!, o.textWeight * w * p.weights[x]!);
  }
  const top: number[] = [];
  const better = (j: number, k: number): boolean =>
    score[j]! > score[k]! || (score[j] === score[k] && rank[j]! < rank[k]!);
  for (const j of touched) {
    if (s.section[j] === s.section[i]) score[j]! += o.sectionBoost;
    if (!(score[j]! > 0)) continue;
    if (top.length === o.max && !better(j, top[top.length - 1]!)) continue;
    let k = Math.min(top.length, o.max - 1);
    top[k] = j;
    while (k > 0 && better(j, top[k - 1]!)) {
      top[k] = top[k - 1]!;
      top[k - 1] = j;
      k--;
    }
  }
  for (const j of touched) score[j] = 0;
  return top;
}

/** Newer first, then the lower id (deterministic whatever the input order). */
function tieBreak(a: Article, b: Article): number {
  return b.date.ms - a.date.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Tops `picked` up to `min` with the newest of the same section, then of the edition. */
function fill(picked: Article[], self: Article, byRank: readonly Article[], min: number): void {
  const taken = new Set<Article>([self, ...picked]);
  for (const sameSection of [true, false]) {
    for (const b of byRank) {
      if (picked.length >= min) return;
      if (taken.has(b) || (sameSection && b.section !== self.section)) continue;
      picked.push(b);
      taken.add(b);
    }
  }
}
