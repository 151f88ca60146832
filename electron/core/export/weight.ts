/**
 * Weights as sellers write them ("500 g", "1,2 kg", "2 lbs", "16oz") in grams. A plain number has no
 * unit of its own: it takes the unit named by the column it came from ("Variant Grams", "Weight (kg)"),
 * and without one it is left unconverted rather than guessed.
 */
const GRAMS_PER: Record<string, number> = { g: 1, kg: 1000, lb: 453.59237, oz: 28.349523125 };

const UNIT_WORDS: [RegExp, string][] = [
  [/^(kg|kgs|kilo|kilos|kilogram|kilograms)$/i, 'kg'],
  [/^(g|gr|grs|gram|grams|gramm|grammes?)$/i, 'g'],
  [/^(lb|lbs|pound|pounds)$/i, 'lb'],
  [/^(oz|ounce|ounces)$/i, 'oz'],
];

function unitOf(word: string): string | undefined {
  return UNIT_WORDS.find(([re]) => re.test(word.trim()))?.[1];
}

/** The unit a column header names: "Variant Grams" -> g, "Weight (kg)" -> kg, "Package Weight(lb)" -> lb. */
export function unitFromHeader(header: string): string | undefined {
  for (const word of header.toLowerCase().split(/[^a-z]+/)) {
    const u = word && unitOf(word);
    if (u) return u;
  }
  return undefined;
}

/** Grams, or undefined when the text is not a weight or its unit is unknown. */
export function parseGrams(text: string, headerUnit?: string): number | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]*)\.?\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = m[2] ? unitOf(m[2]) : headerUnit;
  return unit ? n * GRAMS_PER[unit]! : undefined;
}

/** Rounds for a feed cell without trailing zeros: 453.59237 -> "453.59", 1000 -> "1000". */
export function formatWeight(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

export function convertGrams(grams: number, unit: 'g' | 'kg' | 'lb'): number {
  return grams / GRAMS_PER[unit]!;
}
