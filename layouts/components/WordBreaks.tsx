// Headline text: typographer's quotes, and Chinese that wraps only between words (`<wbr>`).
import type { ComponentChildren, VNode } from "preact";
import { Fragment } from "preact";
import { smartText } from "./smart-text.ts";

const HAN_RUN = /[\p{Script=Han}\u2018-\u201f\u3000-\u303f\uff00-\uffef]+/gu;
/** Punctuation that opens: it stays with the word after it. */
const OPENING = /^[\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\uff08]+$/u;
const HAN = /\p{Script=Han}/u;
/** Single-character words are joined (an unknown name such as 滨江 splits into them) up to this. */
const MAX_JOINED = 4;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The words of one Han run, single characters joined into words of up to `MAX_JOINED`. */
export function hanWords(run: string): string[] {
  const out: string[] = [];
  let single = "";
  let opening = "";
  for (const { segment: raw } of segmenter.segment(run)) {
    if (OPENING.test(raw)) {
      if (single) out.push(single);
      single = "";
      opening += raw;
      continue;
    }
    const segment = opening + raw;
    opening = "";
    const chars = [...segment];
    const lone = chars.length === 1 && HAN.test(segment);
    if (lone && [...single].length < MAX_JOINED) {
      single += segment;
      continue;
    }
    if (single) out.push(single);
    single = "";
    if (lone) single = segment;
    else if (!HAN.test(segment) && out.length > 0) out[out.length - 1] += segment;
    else out.push(segment);
  }
  if (single || opening) out.push(single + opening);
  return out;
}

/**
 * The break points of `text`: the pieces between which a line may wrap. Latin words, numbers and
 * codes such as `U12-7734` are left whole (the browser breaks them at spaces as usual).
 */
export function breakPieces(text: string): string[] {
  if (!HAN.test(text)) return [text];
  const pieces: string[] = [];
  let last = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    const words = hanWords(m[0]);
    const before = text.slice(last, m.index);
    if (before) words[0] = before + words[0];
    if (pieces.length > 0 && !before) pieces[pieces.length - 1] += words.shift() ?? "";
    pieces.push(...words);
    last = m.index + m[0].length;
  }
  if (last < text.length) {
    if (pieces.length > 0) pieces[pieces.length - 1] += text.slice(last);
    else pieces.push(text.slice(last));
  }
  return pieces;
}

/**
 * A headline as shown: curly quotes and dashes (`smartText`), and a `<wbr>` between Chinese words
 * (under `word-break: keep-all`); other text as is.
 */
export function WordBreaks(props: { text: string }): VNode {
  const pieces = breakPieces(smartText(props.text));
  const out: ComponentChildren[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) out.push(<wbr key={`w${i}`} />);
    out.push(p);
  });
  return <Fragment>{out}</Fragment>;
}
