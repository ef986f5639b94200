import 'server-only';
/** "did you mean …" with the closest names by edit distance, or the known names when none is close. */
export function closest(wanted: string, candidates: readonly string[], max = 3, listKnown = true): string | undefined {
  const scored = candidates
    .map((c) => ({ c, d: distance(wanted, c) }))
    .filter((x) => x.d <= Math.max(2, Math.ceil(wanted.length / 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, max);
  if (scored.length) return `did you mean ${scored.map((x) => `"${x.c}"`).join(' or ')}?`;
  if (!candidates.length || !listKnown) return undefined;
  const shown = candidates.slice(0, 8).map((c) => `"${c}"`).join(', ');
  return `known: ${shown}${candidates.length > 8 ? ', …' : ''}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
