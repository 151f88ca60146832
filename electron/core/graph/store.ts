import type { Db } from '../store/index.js';
import { fieldSql } from './columns.js';
import type { Vocabulary } from './vocabulary.js';

/** Fields whose values become entities of the graph (brands, categories, attribute values). */
const ENTITY_FIELDS = [
  'brand',
  'product_type',
  'google_product_category',
  'color',
  'size',
  'material',
  'pattern',
  'gender',
  'age_group',
];

/**
 * Writes the catalog graph into the project file: entities with their spellings, and relations
 * product-brand, product-category, variant-of and duplicate-of. Rebuilt from the catalog on every
 * suggestion run (it is learned from the data, and cheap to relearn), in one transaction.
 */
export function storeGraph(db: Db, vocab: Vocabulary): { entities: number; relations: number } {
  return db.transaction(() => {
    db.exec(`DELETE FROM graph_relations; DELETE FROM graph_spellings; DELETE FROM graph_entities;`);
    const insEntity = db.prepare(`INSERT INTO graph_entities (kind, canonical, label, products) VALUES (?, ?, ?, ?)`);
    const insSpelling = db.prepare(`INSERT INTO graph_spellings (entity_id, spelling, products) VALUES (?, ?, ?)`);
    let entities = 0;
    for (const kind of ENTITY_FIELDS) {
      for (const v of vocab.values(kind)) {
        const id = Number(insEntity.run(kind, v.key, v.label, v.count).lastInsertRowid);
        for (const [s, n] of vocab.surfaces.get(kind)!.get(v.key)!) insSpelling.run(id, s, n);
        entities++;
      }
    }
    let relations = 0;
    // product-brand and product-category link a product to the entity its current value names.
    for (const [relation, field] of [
      ['product-brand', 'brand'],
      ['product-category', 'product_type'],
      ['product-category', 'google_product_category'],
    ] as const) {
      relations += db
        .prepare(
          `INSERT INTO graph_relations (pid, relation, entity_id, other_pid)
           SELECT p.pid, ?, s.entity_id, NULL FROM products p
           JOIN graph_spellings s ON s.spelling = trim(${fieldSql(field, 'p')})
           JOIN graph_entities e ON e.entity_id = s.entity_id AND e.kind = ?`,
        )
        .run(relation, field).changes;
    }
    relations += db
      .prepare(
        `INSERT INTO graph_relations (pid, relation, entity_id, other_pid)
         SELECT p.pid, 'variant-of', NULL, h.head FROM products p
         JOIN (SELECT item_group_id AS g, min(pid) AS head FROM products WHERE coalesce(item_group_id,'') <> '' GROUP BY 1 HAVING count(*) > 1) h
           ON h.g = p.item_group_id AND h.head <> p.pid`,
      )
      .run().changes;
    relations += db
      .prepare(
        `INSERT INTO graph_relations (pid, relation, entity_id, other_pid)
         SELECT p.pid, 'duplicate-of', NULL, d.first FROM products p
         JOIN (SELECT lower(trim(title)) AS t, min(pid) AS first FROM products WHERE length(trim(title)) >= 12 GROUP BY 1 HAVING count(DISTINCT coalesce(item_group_id, pid)) > 1) d
           ON d.t = lower(trim(p.title)) AND d.first <> p.pid AND coalesce(p.item_group_id, '') <> coalesce((SELECT item_group_id FROM products WHERE pid = d.first), '')`,
      )
      .run().changes;
    return { entities, relations };
  })();
}
