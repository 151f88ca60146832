/** Progress on stderr, only when a person is watching (a TTY); scripts get clean output. */
export function progressReporter(label: string): ((p: { rows: number; bytes: number; totalBytes: number }) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200 && p.bytes < p.totalBytes) return;
    last = now;
    const pct = p.totalBytes ? Math.floor((100 * p.bytes) / p.totalBytes) : 0;
    process.stderr.write(`\r${label}: ${p.rows.toLocaleString('en')} rows (${pct}%)   `);
    if (p.bytes >= p.totalBytes) process.stderr.write('\n');
  };
}
