import type { Db } from '../store/index.js';
import type { Candidate } from '../suggest/types.js';
import { canonicalKeys, plainKey } from '../suggest/values.js';
import { fieldSql } from './columns.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Fields a whole item group shares (variants differ by colour and size, not by brand or material).
 * GMC: "use the same value for brand, ... across all variants" (support.google.com/merchants/answer/6324507).
 */
export const GROUP_FIELDS = ['brand', 'material', 'pattern', 'gender', 'age_group', 'product_type', 'google_product_category'];

type Relation = 'variant-of' | 'duplicate-of' | 'same-model';

interface Member {
  pid: number;
  row: number;
  id: string | null;
  link: string;
  g: string | null;
  /** The member's value of each propagated field, in the order of `fields`. */
  values: (string | null)[];
}

/**
 * Value propagation over the catalog graph: a variant gets what the rest of its group agrees on
 * (variant-of), a product gets what its duplicates carry (duplicate-of: same title, outside its group),
 * and products with the same manufacturer part number share what the model is (same-model).
 * A member that disagrees with a unanimous group is a candidate too; the caller turns it into a correction.
 */
export function propagate(db: Db, fields: readonly string[], vocab: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  const propagated = fields.filter((f) => GROUP_FIELDS.includes(f));
  // Each relation's sets (groups, duplicate titles, models) are read once with every field's value,
  // not once per field: sorting 100k products by title is most of a query's cost.
  const sets = new Map<Relation, Member[][]>();
  const setsOf = (relation: Relation): Member[][] => {
    let found = sets.get(relation);
    if (!found) sets.set(relation, (found = readSets(db, relation, propagated)));
    return found;
  };
  propagated.forEach((field, f) => {
    const keys = new Map<string, string>();
    // Many products share a value: its key is worked out once per field, not once per pair of members.
    const keyOf = (v: string) => {
      let k = keys.get(v);
      if (k === undefined) keys.set(v, (k = canonicalKeys(field, v)[0] ?? plainKey(v)));
      return k;
    };
    for (const relation of ['variant-of', 'duplicate-of', 'same-model'] as const)
      for (const members of setsOf(relation)) emit(members, f, relation, field, vocab, keyOf, out);
  });
  return out;
}

/** The products linked by a relation, as sets of two or more in link order, members in pid order. */
function readSets(db: Db, relation: Relation, fields: readonly string[]): Member[][] {
  const linkSql =
    relation === 'variant-of' ? `item_group_id` : relation === 'duplicate-of' ? `lower(trim(title))` : `lower(trim(mpn))`;
  const extra = relation === 'duplicate-of' ? `AND length(trim(title)) >= 12` : '';
  const rows = db
    .prepare(
      `SELECT pid, row_no AS row, "id" AS id, ${linkSql} AS link, item_group_id AS g${fields.map((f) => `, ${fieldSql(f)}`).join('')} FROM products
       WHERE ${linkSql} IS NOT NULL AND ${linkSql} <> '' ${extra} ORDER BY link, pid`,
    )
    .raw()
    .all() as unknown[][];
  const out: Member[][] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]![3] === rows[i]![3]) j++;
    if (j - i > 1)
      out.push(
        rows.slice(i, j).map((r) => ({
          pid: r[0] as number,
          row: r[1] as number,
          id: r[2] as string | null,
          link: r[3] as string,
          g: r[4] as string | null,
          values: r.slice(5) as (string | null)[],
        })),
      );
    i = j;
  }
  return out;
}

/**
 * For each member, the value the other members agree on. Counted per value key once for the whole
 * set and adjusted per member (minus itself, or minus its own item group for duplicates), so a set
 * of duplicates costs members x distinct values, not members squared: a generated or templated
 * catalog has duplicate sets of dozens of products.
 */
function emit(
  members: Member[],
  f: number,
  relation: Relation,
  field: string,
  vocab: Vocabulary,
  keyOf: (value: string) => string,
  out: Candidate[],
) {
  // Members with a value, by key, in catalog order (the order ties between values are settled in).
  const byKey = new Map<string, number[]>();
  const keyAt: (string | undefined)[] = members.map((o, idx) => {
    const v = o.values[f];
    if (!v || !v.trim()) return undefined;
    const k = keyOf(v);
    const list = byKey.get(k);
    if (list) list.push(idx);
    else byKey.set(k, [idx]);
    return k;
  });
  // Duplicates inside the same item group are its variants, already covered by variant-of.
  const sameGroupOut = relation !== 'variant-of';
  const inGroup = new Map<string, Map<string, number>>();
  if (sameGroupOut)
    members.forEach((o, idx) => {
      const k = keyAt[idx];
      if (k === undefined || o.g === null) return;
      let c = inGroup.get(o.g);
      if (!c) inGroup.set(o.g, (c = new Map()));
      c.set(k, (c.get(k) ?? 0) + 1);
    });
  members.forEach((m, mi) => {
    const isOther = (idx: number) => idx !== mi && (!sameGroupOut || members[idx]!.g === null || members[idx]!.g !== m.g);
    const mine = sameGroupOut && m.g !== null ? inGroup.get(m.g) : undefined;
    let others = 0;
    let best: { key: string; n: number; first: number } | undefined;
    for (const [k, list] of byKey) {
      const n = list.length - (mine ? (mine.get(k) ?? 0) : keyAt[mi] === k ? 1 : 0);
      if (n === 0) continue;
      others += n;
      if (best && n < best.n) continue;
      // Equal support: the value met first among the others wins, as in a stable sort of them.
      const first = list.find(isOther)!;
      if (!best || n > best.n || first < best.first) best = { key: k, n, first };
    }
    if (!best) return;
    const share = best.n / others;
    if (share < 0.5) return;
    const support: Member[] = [];
    for (const idx of byKey.get(best.key)!) {
      if (!isOther(idx)) continue;
      support.push(members[idx]!);
      if (support.length === 3) break;
    }
    const key = best.key;
    const value = vocab.spelling(field, key, support[0]!.values[f]!.trim());
    const strength = share === 1 ? (best.n >= 2 ? '' : '-one') : '-mixed';
    out.push({
      pid: m.pid,
      field,
      key,
      value,
      source: 'graph',
      signal: `${relation === 'variant-of' ? 'group' : relation === 'duplicate-of' ? 'duplicate' : 'model'}${strength}`,
      evidence: {
        source: 'graph',
        relation,
        group: relation === 'variant-of' ? m.link : undefined,
        products: support.map((s) => ({ row: s.row, id: s.id })),
        value,
      },
    });
  });
}
