// Generates a deterministic benchmark corpus shaped like the sample content.
// Usage: node --import tsx bench/corpus.ts --n 1000 [--seed 1] --out /tmp/bench-corpus-1000
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A seeded PRNG (mulberry32): the same seed gives the same corpus, byte for byte. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  "ba",
  "ke",
  "lo",
  "mi",
  "ru",
  "te",
  "vo",
  "zi",
  "na",
  "po",
  "sa",
  "di",
  "fu",
  "ga",
  "ho",
  "je",
  "ly",
  "me",
  "ni",
  "ta",
];
// Characters with one common reading each, so generated Chinese tags never collide as pinyin slugs.
const HAN = "山水江桥城灯花茶龙舟雨夜港湾岛林海星云风".split("");
const ZH_TEXT =
  "重庆两江新区今日宣布新的交通规划市民可以乘坐地铁前往江北机场记者在现场看到许多游客排队参观滨江步道的夜景".split(
    "",
  );
const SECTIONS = ["news", "business", "culture", "sport", "tech"];

/** The file name of the `i`-th synthetic photo (`photos.ts` writes them). */
export function photoName(i: number): string {
  return `photo-${String(i).padStart(5, "0")}.jpg`;
}

/**
 * Writes a corpus of `n` articles into `out` (replacing it). With `photos`, the photo-heavy variant:
 * every article has a hero, the `i`-th photo (of `photos` unique ones, written by `writePhotos`)
 * for article `i`, and body images pick among them; else ~30% reuse the sample's 21 photos.
 */
export function generateCorpus(
  n: number,
  seed: number,
  out: string,
  photos = 0,
): { bytes: number } {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const word = (): string => Array.from({ length: int(1, 3) }, () => pick(SYL)).join("");
  const vocab = Array.from({ length: 3000 }, (_, i) => `${word()}${SYL[i % SYL.length]}`);
  // Zipf: rank k picked with weight 1/k.
  const zipf = (size: number): (() => number) => {
    const cdf: number[] = [];
    let s = 0;
    for (let k = 1; k <= size; k++) cdf.push((s += 1 / k));
    return () => {
      const x = r() * s;
      let lo = 0;
      let hi = cdf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  };
  const wordRank = zipf(vocab.length);
  const tagCount = Math.max(20, Math.floor(n / 10));
  const tags = Array.from({ length: tagCount }, (_, i) => {
    if (i % 7 === 3) {
      // ~15% Chinese: two or three characters, unique by construction (base-20 digits of i).
      const a = HAN[i % 20]!;
      const b = HAN[Math.floor(i / 20) % 20]!;
      const c = i >= 400 ? HAN[Math.floor(i / 400) % 20]! : "";
      return `${a}${b}${c}`;
    }
    const w = `${vocab[i % vocab.length]!}${i}`;
    return i % 5 === 0
      ? `#${w[0]!.toUpperCase()}${w.slice(1)}`
      : `${w[0]!.toUpperCase()}${w.slice(1)}`;
  });
  const tagRank = zipf(tags.length);
  const sentence = (): string => {
    const words = Array.from({ length: int(8, 20) }, () => vocab[wordRank()]!);
    let s = words.join(" ");
    if (r() < 0.1) s = s.replace(/(\w+)/, "**$1**");
    if (r() < 0.08) s = s.replace(/ (\w+) /, " *$1* ");
    if (r() < 0.05) s += ` (see https://example.org/${words[0]})`;
    if (r() < 0.04) s += ` [source](https://example.com/${words[1]}/)`;
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "media"), { recursive: true });
  const media = fs
    .readdirSync(path.join(ROOT, "content/media"), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  for (const m of media)
    fs.copyFileSync(path.join(ROOT, "content/media", m), path.join(out, "media", m));
  const unique = Array.from({ length: photos }, (_, i) => photoName(i));
  fs.writeFileSync(
    path.join(out, "site.yaml"),
    `title: { en: "Bench Daily", zh: "基准日报" }
baseUrl: https://bench.example.org/
timeZone: Asia/Shanghai
languages: [en, zh]
sections:
${SECTIONS.map((s) => `  - { id: ${s}, title: { en: ${s[0]!.toUpperCase()}${s.slice(1)}, zh: ${s} } }`).join("\n")}
pageSize: 20
slugStyle: pinyin
`,
  );
  const authors = Array.from({ length: 50 }, (_, i) => `author-${i}`);
  fs.writeFileSync(
    path.join(out, "authors.yaml"),
    authors.map((a, i) => `${a}:\n  name: { en: "Writer ${vocab[i]}", zh: "作者${i}" }\n`).join(""),
  );

  const files: { rel: string; year: number }[] = [];
  for (let i = 0; i < n; i++) {
    const year = int(2015, 2024);
    files.push({
      rel: `articles/${year}/a-${String(i).padStart(6, "0")}-${vocab[i % 500]}.md`,
      year,
    });
  }
  let bytes = 0;
  files.forEach(({ rel, year }, i) => {
    const zh = r() < 0.15;
    const mo = String(int(1, 12)).padStart(2, "0");
    const d = String(int(1, 28)).padStart(2, "0");
    const hh = String(int(0, 23)).padStart(2, "0");
    const mi = String(int(0, 59)).padStart(2, "0");
    const ss = String(int(0, 59)).padStart(2, "0");
    const kind = r();
    const date =
      kind < 0.45
        ? `${year}-${mo}-${d}`
        : kind < 0.85
          ? `${year}-${mo}-${d} ${hh}:${mi}:${ss}`
          : `${year}-${mo}-${d}T${hh}:${mi}:${ss}+08:00`;
    const tagSet = [...new Set(Array.from({ length: int(1, 6) }, () => tags[tagRank()]!))];
    const title = zh
      ? Array.from({ length: int(8, 16) }, () => pick(ZH_TEXT)).join("")
      : sentence()
          .slice(0, int(40, 90))
          .replace(/[*[\]()]/g, "")
          .trim();
    const fm = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: ${date}`,
      `section: ${pick(SECTIONS)}`,
      `tags: [${tagSet.map((t) => JSON.stringify(t)).join(", ")}]`,
      `authors: [${[...new Set([pick(authors), ...(r() < 0.3 ? [pick(authors)] : [])])].join(", ")}]`,
      ...(zh ? ["lang: zh"] : []),
      ...(photos > 0
        ? [`image: { src: ../../media/${unique[i % photos]!}, alt: "A photo for the story" }`]
        : r() < 0.3
          ? [`image: { src: ../../media/${pick(media)}, alt: "A photo for the story" }`]
          : []),
      "---",
      "",
    ];
    const words = int(400, 1500);
    const parts: string[] = [];
    let count = 0;
    while (count < words) {
      const roll = r();
      if (zh || (roll < 0.05 && r() < 0.5)) {
        const p = Array.from({ length: int(60, 200) }, () => pick(ZH_TEXT)).join("");
        parts.push(`${p}。`);
        count += p.length / 2;
      } else if (roll < 0.08) {
        parts.push(
          `## ${sentence()
            .slice(0, 40)
            .replace(/[*[\]()]/g, "")}`,
        );
      } else if (roll < 0.1) {
        parts.push(Array.from({ length: int(2, 5) }, () => `- ${sentence()}`).join("\n"));
        count += 40;
      } else if (roll < 0.11) {
        parts.push(`> ${sentence()}`);
        count += 12;
      } else {
        const p = Array.from({ length: int(2, 6) }, sentence).join(" ");
        parts.push(p);
        count += p.split(" ").length;
      }
    }
    if (r() < 0.12) {
      const rows = Array.from(
        { length: int(2, 8) },
        () => `| ${vocab[wordRank()]} | ${int(1, 999)} | ${int(1, 99)}% |`,
      );
      parts.splice(1, 0, `| Item | Count | Share |\n|---|---:|---:|\n${rows.join("\n")}`);
    }
    if (r() < 0.2)
      parts.splice(
        2,
        0,
        `![A scene from the story](../../media/${pick(photos > 0 ? unique : media)} "On the river © Staff")`,
      );
    if (r() < 0.05 && i > 0) {
      const other = files[int(0, i - 1)]!;
      parts.push(`Earlier: [our previous story](../${other.rel.slice("articles/".length)}).`);
    }
    const text = `${fm.join("\n")}${parts.join("\n\n")}\n`;
    bytes += Buffer.byteLength(text);
    const p = path.join(out, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  });
  return { bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { n: { type: "string" }, seed: { type: "string" }, out: { type: "string" } },
  });
  const n = Number(values.n ?? 1000);
  const out = values.out ?? `/tmp/bench-corpus-${n}`;
  const { bytes } = generateCorpus(n, Number(values.seed ?? 1), out);
  process.stdout.write(`${out}: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB of Markdown\n`);
}
