// Curly quotes, dashes and ellipses for front-matter text shown on a page (headlines, summaries), as
// the body gets them from retext-smartypants. Display only: <title>, meta, feeds and JSON-LD keep
// the text exactly as written.

const HAN = /\p{Script=Han}/u;
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;

/**
 * `"Rain" -- it's here...` → `“Rain” — it’s here…`. A quote opens at the start or after a space,
 * bracket or dash (an apostrophe before a digit never opens: ’90s), and closes elsewhere; in text with Han, double quotes pair in turn.
 */
export function smartText(text: string): string {
  if (!/["'.-]/.test(text)) return text;
  const han = HAN.test(text);
  let open = true;
  let out = "";
  const chars = [...text.replace(/\.\.\./g, "\u2026").replace(/---?/g, "\u2014")];
  chars.forEach((c, i) => {
    const before = i === 0 ? " " : chars[i - 1]!;
    const opening = OPENS_AFTER.test(before);
    if (c === '"') {
      const isOpen = han ? open : opening;
      open = !isOpen;
      out += isOpen ? "\u201c" : "\u201d";
    } else if (c === "'") out += opening && !/\d/.test(chars[i + 1] ?? "") ? "\u2018" : "\u2019";
    else out += c;
  });
  return out;
}
