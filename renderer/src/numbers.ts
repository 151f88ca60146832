/**
 * A whole number with thousands separators, as toLocaleString('en') writes it ("1,000,000"), for the
 * first screen: the first toLocaleString call starts Intl, which costs tens of milliseconds there.
 */
export function count(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
