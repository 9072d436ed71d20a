// The characters a decoded YAML value may not hold: what XML forbids, and every other control but
// tab and line feed. Escapes in quoted scalars ("\e", "\x1b", "\uFFFE") decode after the byte check.
import { findXmlForbidden } from "../xml-chars.ts";

/** Controls XML allows but text never needs (CR, DEL, C1), and lone surrogates from `\uD800`. */
const NOT_TEXT = /[\r\u007f-\u009f]|\p{Cs}/u;

/** A character a value may not hold: its index, `U+XXXX`, and whether it is a control character. */
export interface BadValueChar {
  index: number;
  codePoint: string;
  control: boolean;
}

/**
 * The first character of a decoded value that no field may hold, or undefined. A value may hold tab
 * and line feed (single-line fields refuse those too, in `checkText`); nothing else below U+0020,
 * no DEL or C1 control, no U+FFFE, U+FFFF or lone surrogate.
 */
export function findBadValueChar(value: string): BadValueChar | undefined {
  const xml = findXmlForbidden(value);
  const other = NOT_TEXT.exec(value);
  const index = Math.min(xml?.index ?? Infinity, other?.index ?? Infinity);
  if (index === Infinity) return undefined;
  const code = value.charCodeAt(index);
  const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return { index, codePoint, control: code < 0x20 || (code >= 0x7f && code <= 0x9f) };
}
