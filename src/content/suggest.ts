// "Did you mean" hints: the closest known word within a small edit distance.

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, Damerau style). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[s.length]![t.length]!;
}

/** The candidate closest to `word` (case-insensitive) within distance 2, ties by list order. */
export function suggest(
  word: string,
  candidates: readonly string[],
  maxDistance = 2,
): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = maxDistance + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** A hint line for an unknown word: `did you mean "title"?`, or the list of allowed words. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s !== undefined ? `did you mean "${s}"?` : `allowed: ${candidates.join(", ")}`;
}
