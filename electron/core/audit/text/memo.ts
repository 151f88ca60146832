/**
 * Remembers a pure function's results for short strings: catalogs repeat the same brands, colours,
 * sizes, prices and categories across thousands of products, so the audit computes each only once.
 * The cache is dropped when full, which bounds memory on catalogs of unique values.
 */
export function memoShort<T>(fn: (s: string) => T, maxLength = 48, maxEntries = 50_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    if (s.length > maxLength) return fn(s);
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= maxEntries) cache = new Map();
      cache.set(s, v);
    }
    return v as T;
  };
}
