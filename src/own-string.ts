// Strings that keep only themselves alive: V8 holds a substring of 13+ characters as a slice of its
// parent, so a 40-character summary read from a file's front matter, or an excerpt cut from a body's
// text, would keep the whole file or body in memory for as long as the site model lives. (Object
// keys need no copy: V8 internalizes them.)

/** `s` as a string of its own, never a slice of a larger one (the same characters). */
export function ownString(s: string): string {
  // Note: slicing a concatenation first flattens it into a new string just one character longer.
  return s.length < 13 ? s : (" " + s).slice(1);
}
