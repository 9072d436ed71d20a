// Automatic summaries: cut the body text at a sentence end, never inside a character.

const SENTENCE_END = /[。！？.!?]["'”’）)]?(?=\s|$)|[。！？]/gu;

/** A summary of at most about `max` characters, cut at a sentence end or a grapheme boundary. */
export function excerpt(text: string, max = 160): string {
  const t = text.trim();
  if (t.length <= max) return t;
  let cut = -1;
  for (const m of t.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > max) break;
    cut = end;
  }
  if (cut >= max / 3) return t.slice(0, cut).trim();
  let out = "";
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(t)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  const space = out.lastIndexOf(" ");
  if (space > max / 2) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}
