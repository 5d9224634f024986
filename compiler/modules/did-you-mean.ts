// "Did you mean ...?" suggestions: the closest candidate by edit distance, if close enough
// that suggesting it helps more than it confuses.

/** Levenshtein distance; with `max`, any answer above it comes back as max + 1, sooner. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
    if (max !== Infinity) {
      let rowMin = prev[0];
      for (let j = 1; j <= b.length; j++) rowMin = Math.min(rowMin, prev[j]);
      if (rowMin > max) return max + 1;
    }
  }
  return prev[b.length];
}

/** Best candidate within a third of the name's length (at least 1 edit), ties broken alphabetically. */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDist = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), limit);
    if (d < bestDist || (d === bestDist && best !== undefined && c < best)) {
      best = c;
      bestDist = d;
    }
  }
  return bestDist <= limit ? best : undefined;
}
