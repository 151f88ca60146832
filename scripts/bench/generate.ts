/**
 * Deterministic synthetic catalog for the bench: N products in a generic 14-column CSV shaped like
 * a real merchant export. RFC 4180 quoting (titles carry commas, some descriptions carry quotes and
 * line breaks), ~100-character descriptions, `25.39 USD` prices, 13-digit GTINs with valid GS1 check
 * digits, and variants grouped by item_group_id (1-6 variants per group).
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';

export const BENCH_HEADER = [
  'id',
  'item_group_id',
  'title',
  'description',
  'brand',
  'color',
  'size',
  'material',
  'price',
  'gtin',
  'google_product_category',
  'image_link',
  'availability',
  'condition',
];

const BRANDS = [
  'Acme',
  'Umbrella',
  'Contoso',
  'Northwind',
  'Globex',
  'Initech',
  'Hooli',
  'Stark & Sons',
  'Wayne Goods',
  'Soylent',
];
const ADJ = ['Eco', 'Organic', 'Classic', 'Urban', 'Vintage', 'Premium', 'Lightweight', 'Waterproof', 'Slim', 'Heavy-Duty'];
const NOUNS = [
  'Chair',
  'Hoodie',
  'T-Shirt',
  'Backpack',
  'Kettle',
  'Lamp',
  'Jacket',
  'Mug',
  'Sneaker',
  'Blanket',
  'Desk',
  'Scarf',
];
const COLORS = ['Beige', 'Navy', 'Black', 'White', 'Red', 'Forest Green', 'Grey', 'Mustard', 'Sky Blue', 'Burgundy'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const MATERIALS = ['cotton', 'polyester', 'wool', 'leather', 'stainless steel', 'bamboo', 'linen', 'recycled plastic'];
const CATEGORIES = [
  'Apparel & Accessories > Clothing',
  'Home & Garden > Kitchen & Dining',
  'Furniture > Chairs',
  'Luggage & Bags > Backpacks',
  'Home & Garden > Lighting',
];
const PHRASES = [
  'Made to last with reinforced seams',
  'machine washable at 30 degrees',
  'ships in recyclable packaging',
  'designed in Lisbon',
  'fits true to size',
  'backed by a two-year warranty',
  'soft brushed finish',
  'tested for everyday use',
];

/** mulberry32: tiny, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gtin13(n: number): string {
  const body = String(400000000000 + n).padStart(12, '0');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Ids and item group ids as an export sorted by another column has them: in no order. A 32-bit
 * bijection (so still unique), written as 8 hex digits.
 */
function scrambled(n: number): string {
  let x = Math.imul(n ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) >>> 0;
  return (x ^ (x >>> 13)).toString(16).padStart(8, '0');
}

export type IdOrder = 'sorted' | 'random';

/** Yields the products' cells (in BENCH_HEADER's order). `ids: 'random'` scrambles ids and item group ids. */
export function* generateRecords(count: number, seed = 42, ids: IdOrder = 'sorted'): Generator<string[]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let made = 0;
  let group = 0;
  while (made < count) {
    group++;
    const groupId = ids === 'random' ? `G${scrambled(group)}` : `G${String(group).padStart(7, '0')}`;
    const brand = pick(BRANDS);
    const name = `${brand} ${pick(ADJ)} ${pick(NOUNS)}`;
    const material = pick(MATERIALS);
    const category = pick(CATEGORIES);
    const variants = Math.min(count - made, 1 + Math.floor(r() * 6));
    const base = 5 + Math.floor(r() * 200);
    for (let v = 0; v < variants; v++) {
      made++;
      const color = pick(COLORS);
      const size = SIZES[(v + group) % SIZES.length]!;
      let description = `${name} in ${color}, ${material}. ${pick(PHRASES)}; ${pick(PHRASES)}. Size ${size}.`;
      // Some sellers write inches with a quote mark and break descriptions over lines.
      if (made % 17 === 0) description += ' Seat height 18" for most desks.';
      if (made % 101 === 0) description += '\nCare: wipe clean.';
      yield [
        ids === 'random' ? `SKU-${scrambled(made + 0x40000000)}` : `SKU-${String(made).padStart(8, '0')}`,
        groupId,
        `${name}, ${color}, Size ${size}`,
        description,
        brand,
        color,
        size,
        material,
        `${base}.${String(Math.floor(r() * 100)).padStart(2, '0')} USD`,
        gtin13(made),
        category,
        `https://shop.example.com/images/${groupId.toLowerCase()}-${v + 1}.jpg`,
        r() < 0.9 ? 'in_stock' : 'out_of_stock',
        'new',
      ];
    }
  }
}

/** The formats the bench writes a catalog in, by file extension. */
export type CatalogFormat = 'csv' | 'xml' | 'jsonl' | 'json' | 'xlsx';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How each text format starts, writes one product, and ends. */
const TEXT_FORMATS: Record<
  Exclude<CatalogFormat, 'xlsx'>,
  { head: string; record: (cells: string[], first: boolean) => string; tail: string }
> = {
  csv: { head: BENCH_HEADER.join(',') + '\n', record: (cells) => cells.map(quote).join(',') + '\n', tail: '' },
  // A Google Merchant Center RSS 2.0 feed: every field in the g: namespace, as Google's spec names them.
  xml: {
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<title>Bench shop</title>\n',
    record: (cells) =>
      `<item>\n${cells.map((c, i) => `<g:${BENCH_HEADER[i]}>${xmlText(c)}</g:${BENCH_HEADER[i]}>`).join('\n')}\n</item>\n`,
    tail: '</channel>\n</rss>\n',
  },
  jsonl: { head: '', record: (cells) => JSON.stringify(asObject(cells)) + '\n', tail: '' },
  json: { head: '[\n', record: (cells, first) => (first ? '' : ',\n') + JSON.stringify(asObject(cells)), tail: '\n]\n' },
};

function asObject(cells: string[]): Record<string, string> {
  const o: Record<string, string> = {};
  BENCH_HEADER.forEach((h, i) => (o[h] = cells[i]!));
  return o;
}

/** Yields the catalog's text in chunks of roughly `chunkRows` products. */
export function* generateCatalog(
  count: number,
  seed = 42,
  chunkRows = 2000,
  ids: IdOrder = 'sorted',
  format: Exclude<CatalogFormat, 'xlsx'> = 'csv',
): Generator<string> {
  const f = TEXT_FORMATS[format];
  let out = f.head;
  let made = 0;
  for (const cells of generateRecords(count, seed, ids)) {
    out += f.record(cells, made === 0);
    if (++made % chunkRows === 0) {
      yield out;
      out = '';
    }
  }
  yield out + f.tail;
}

export function formatOf(path: string): CatalogFormat {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'xml' || ext === 'jsonl' || ext === 'json' || ext === 'xlsx') return ext;
  return 'csv';
}

/** Writes the catalog in the format its extension names (.csv, .xml, .jsonl, .json, .xlsx); returns its size in bytes. */
export async function writeCatalog(path: string, count: number, seed = 42, ids: IdOrder = 'sorted'): Promise<number> {
  const format = formatOf(path);
  if (format === 'xlsx') return writeWorkbook(path, count, seed, ids);
  const ws = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  for (const chunk of generateCatalog(count, seed, 2000, ids, format)) {
    const buf = Buffer.from(chunk, 'utf8');
    bytes += buf.length;
    if (!ws.write(buf)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  return bytes;
}

/** One sheet, a header row, the products below it: what a seller saves from Excel (exceljs's streaming writer). */
async function writeWorkbook(path: string, count: number, seed: number, ids: IdOrder): Promise<number> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = wb.addWorksheet('Products');
  sheet.addRow(BENCH_HEADER).commit();
  for (const cells of generateRecords(count, seed, ids)) sheet.addRow(cells).commit();
  sheet.commit();
  await wb.commit();
  return statSync(path).size;
}
