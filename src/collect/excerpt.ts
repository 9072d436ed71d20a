// Automatic summaries: cut the body text at a sentence end, never inside a character.
import { ownString } from "../own-string.ts";

const SENTENCE_END = /[。！？.!?]["'”’）)]?(?=\s|$)|[。！？]/gu;

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** A summary of at most about `max` characters, cut at a sentence end or a grapheme boundary. */
export function excerpt(text: string, max = 160): string {
  const t = text.trim();
  if (t.length <= max) return ownString(t);
  // Only the head can hold the cut (plus one character for the lookahead): never scan a whole body.
  const head = t.slice(0, max + 2);
  let cut = -1;
  for (const m of head.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > max) break;
    cut = end;
  }
  if (cut >= max / 3) return ownString(t.slice(0, cut).trim());
  let out = "";
  for (const { segment } of GRAPHEMES.segment(head)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  const space = out.lastIndexOf(" ");
  if (space > max / 2) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}
