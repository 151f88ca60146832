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
  value: string | null;
}

/**
 * Value propagation over the catalog graph: a variant gets what the rest of its group agrees on
 * (variant-of), a product gets what its duplicates carry (duplicate-of: same title, outside its group),
 * and products with the same manufacturer part number share what the model is (same-model).
 * A member that disagrees with a unanimous group is a candidate too; the caller turns it into a correction.
 */
export function propagate(db: Db, fields: readonly string[], vocab: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const field of fields.filter((f) => GROUP_FIELDS.includes(f))) {
    for (const relation of ['variant-of', 'duplicate-of', 'same-model'] as const) {
      const linkSql =
        relation === 'variant-of' ? `item_group_id` : relation === 'duplicate-of' ? `lower(trim(title))` : `lower(trim(mpn))`;
      const extra = relation === 'duplicate-of' ? `AND length(trim(title)) >= 12` : '';
      const rows = db
        .prepare(
          `SELECT pid, row_no AS row, "id" AS id, ${linkSql} AS link, ${fieldSql(field)} AS value, item_group_id AS g FROM products
           WHERE ${linkSql} IS NOT NULL AND ${linkSql} <> '' ${extra} ORDER BY link, pid`,
        )
        .all() as (Member & { g: string | null })[];
      let i = 0;
      while (i < rows.length) {
        let j = i;
        while (j < rows.length && rows[j]!.link === rows[i]!.link) j++;
        if (j - i > 1) emit(rows.slice(i, j), relation, field, vocab, out);
        i = j;
      }
    }
  }
  return out;
}

function emit(
  members: (Member & { g: string | null })[],
  relation: Relation,
  field: string,
  vocab: Vocabulary,
  out: Candidate[],
) {
  for (const m of members) {
    // Duplicates inside the same item group are its variants, already covered by variant-of.
    const others = members.filter(
      (o) => o !== m && (relation === 'variant-of' || o.g === null || o.g !== m.g) && o.value && o.value.trim(),
    );
    if (others.length === 0) continue;
    const byKey = new Map<string, Member[]>();
    for (const o of others) {
      const k = canonicalKeys(field, o.value)[0] ?? plainKey(o.value!);
      byKey.set(k, [...(byKey.get(k) ?? []), o]);
    }
    const [key, support] = [...byKey].sort((a, b) => b[1].length - a[1].length)[0]!;
    const share = support.length / others.length;
    if (share < 0.5) continue;
    const value = vocab.spelling(field, key, support[0]!.value!.trim());
    const strength = share === 1 ? (support.length >= 2 ? '' : '-one') : '-mixed';
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
        products: support.slice(0, 3).map((s) => ({ row: s.row, id: s.id })),
        value,
      },
    });
  }
}
