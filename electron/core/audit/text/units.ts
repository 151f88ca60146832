import { UNITS } from '../lexicons.js';
import { memoShort } from './memo.js';

export interface Measure {
  value: number;
  unit: string;
  dimension: string;
  /** The value in the dimension's base unit (g, ml, mm). */
  base: number;
}

const UNIT_INDEX = new Map<string, { dimension: string; factor: number; unit: string }>();
for (const [dimension, d] of Object.entries(UNITS.dimensions)) {
  for (const [unit, factor] of Object.entries(d.units)) UNIT_INDEX.set(unit.toLowerCase(), { dimension, factor, unit });
}
const UNIT_ALT = [...UNIT_INDEX.keys()]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&'))
  .join('|');
// A whole value that is one number and one unit: "1.7 L", "1700ml", "2,5 kg", "gr 400".
const NUM_UNIT = new RegExp(`^\\s*(\\d+(?:[.,]\\d+)?)\\s*(${UNIT_ALT})\\.?\\s*$`, 'i');
const UNIT_NUM = new RegExp(`^\\s*(${UNIT_ALT})\\.?\\s+(\\d+(?:[.,]\\d+)?)\\s*$`, 'i');

/** Reads a value that is exactly a number with a unit; anything else (ranges, packs, text) gives undefined. Memoised: treat the result as read-only. */
export const parseMeasure: (raw: string) => Measure | undefined = memoShort(readMeasure);

function readMeasure(raw: string): Measure | undefined {
  let num: string | undefined;
  let unit: string | undefined;
  const a = NUM_UNIT.exec(raw);
  if (a) [num, unit] = [a[1], a[2]];
  else {
    const b = UNIT_NUM.exec(raw);
    if (b) [unit, num] = [b[1], b[2]];
  }
  if (!num || !unit) return undefined;
  const u = UNIT_INDEX.get(unit.toLowerCase());
  if (!u) return undefined;
  const value = Number(num.replace(',', '.'));
  return { value, unit: canonicalUnit(u.unit), dimension: u.dimension, base: value * u.factor };
}

/** The unit as the catalog should write it: spelled-out and plural forms collapse to the symbol. */
const canonicalCache = new Map<string, string>();
export function canonicalUnit(unit: string): string {
  const u = unit.toLowerCase();
  const hit = canonicalCache.get(u);
  if (hit) return hit;
  const c = computeCanonical(u);
  canonicalCache.set(u, c);
  return c;
}

function computeCanonical(u: string): string {
  const info = UNIT_INDEX.get(u);
  if (!info) return u;
  const d = UNITS.dimensions[info.dimension]!;
  // The shortest name with the same factor is the symbol (kilograms -> kg, litre -> l, gr -> g).
  let best = u;
  for (const [name, f] of Object.entries(d.units)) {
    if (name === '"') continue;
    if (f === info.factor && (name.length < best.length || (name.length === best.length && name < best)))
      best = name.toLowerCase();
  }
  return best === 'l' ? 'L' : best;
}

/** Converts a base-unit amount to `unit`, rounded to a readable precision. */
export function formatIn(base: number, unit: string, dimension: string): string {
  const factor = UNITS.dimensions[dimension]!.units[unit === 'L' ? 'l' : unit]!;
  const v = base / factor;
  const rounded = Math.round(v * 1000) / 1000;
  return `${rounded} ${unit}`;
}

export function dimensionRange(dimension: string): { min: number; max: number } {
  return UNITS.dimensions[dimension]!.range;
}
