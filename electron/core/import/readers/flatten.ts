/**
 * Turns one nested record (a JSON object, an XML item) into flat named cells: nested objects become
 * dotted names (`descripcion.corta`), a list of plain values one cell joined by `joiner`, a list of
 * objects numbered columns from 1 (`variantes.1.precio`). Keys keep their first-seen order.
 */
export function flatten(value: unknown, joiner: string, out: Map<string, string> = new Map(), prefix = ''): Map<string, string> {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, '');
    return out;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      out.set(prefix, value.map((v) => (v === null || v === undefined ? '' : String(v))).join(joiner));
    } else value.forEach((v, i) => flatten(v, joiner, out, prefix ? `${prefix}.${i + 1}` : String(i + 1)));
    return out;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 0 && prefix) out.set(prefix, '');
    for (const k of keys) {
      const v = o[k];
      const name = prefix ? `${prefix}.${k}` : k;
      // Most values are text: set here, without a call.
      if (typeof v === 'string') out.set(name, v);
      else flatten(v, joiner, out, name);
    }
    return out;
  }
  out.set(prefix, String(value));
  return out;
}

/** Columns: every name any record has, in the order first seen. */
export function unionOfKeys(records: Iterable<Map<string, string>>): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of r.keys()) seen.add(k);
  return [...seen];
}
