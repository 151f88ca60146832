/**
 * Character accuracy of OCR against known text: 1 - Levenshtein distance / length of the truth,
 * after collapsing whitespace (case-sensitive), as in the toolchain baseline.
 */
export function characterAccuracy(truth: string, read: string): number {
  const a = truth.replace(/\s+/g, ' ').trim();
  const b = read.replace(/\s+/g, ' ').trim();
  if (a.length === 0) return b.length === 0 ? 1 : 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return Math.max(0, 1 - prev[b.length]! / a.length);
}
