// The card of a search result (image, date, section) as a Pagefind meta value Pagefind cannot index:
// Pagefind indexes every meta field for search, but only letters and digits, so the card's JSON is
// written in 16 punctuation symbols (a hex code). The search page's script decodes it.

/** The 16 symbols, in hex digit order; the same string is in `client/search.js`. */
export const CARD_ALPHABET = "!$%()+,-./:;=?@~";

/** What a result shows besides its title and excerpt. */
export interface SearchCard {
  /** Root-relative URL of the hero image, with its intrinsic size. */
  image?: string;
  width?: number;
  height?: number;
  /** The byline date text, and its ISO form for `<time datetime>`. */
  date: string;
  datetime: string;
  /** The section's title in the article's language. */
  section: string;
}

/** The card as a string of the 16 symbols (two per UTF-8 byte of its JSON). */
export function encodeCard(card: SearchCard): string {
  let out = "";
  for (const byte of Buffer.from(JSON.stringify(card), "utf8")) {
    out += CARD_ALPHABET[byte >> 4]! + CARD_ALPHABET[byte & 15]!;
  }
  return out;
}
