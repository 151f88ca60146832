import { z } from 'zod';
import table from './calibration.json' with { type: 'json' };

/**
 * Confidence calibration as data: for each field and each set of signals that supported a value,
 * how often such a suggestion was right on the labelled evaluation set ([correct, total]). The
 * confidence is the posterior mean with a uniform prior, (correct + 1) / (total + 2), so a rare
 * signal set cannot claim certainty. `npm run eval -- --fit` refits this file.
 */
export const CalibrationSchema = z.object({
  $comment: z.string(),
  fittedOn: z.string(),
  fields: z.record(z.string(), z.record(z.string(), z.tuple([z.number().int().min(0), z.number().int().min(0)]))),
});
export type CalibrationTable = z.infer<typeof CalibrationSchema>;

/** Signal sets seen fewer times than this back off to their single signals. */
export const MIN_SUPPORT = 8;
/** Without any fitted data, a suggestion is a guess. */
const UNFITTED = 0.3;

export const SHIPPED_CALIBRATION: CalibrationTable = CalibrationSchema.parse(table);

export function posterior([correct, n]: [number, number]): number {
  return (correct + 1) / (n + 2);
}

export class Calibrator {
  /** Answers already worked out: a catalog's products share a few hundred signal sets. */
  private readonly known = new Map<string, number>();

  constructor(private readonly table: CalibrationTable = SHIPPED_CALIBRATION) {}

  /** Confidence for a value of `field` supported by `signals` (sorted, '+'-joined in the key). */
  confidence(field: string, signals: string[], conflict: boolean): number {
    const memo = `${field}\u0000${conflict ? 1 : 0}\u0000${signals.join('\u0001')}`;
    let c = this.known.get(memo);
    if (c === undefined) this.known.set(memo, (c = this.compute(field, signals, conflict)));
    return c;
  }

  private compute(field: string, signals: string[], conflict: boolean): number {
    const f = this.table.fields[field] ?? {};
    const key = signalKey(signals, conflict);
    const exact = f[key];
    if (exact && exact[1] >= MIN_SUPPORT) return posterior(exact);
    // Back off: the best single signal, halved when another value competes for the field.
    let best = 0;
    for (const s of signals) {
      const e = f[`any:${s}`];
      if (e && e[1] >= MIN_SUPPORT) best = Math.max(best, posterior(e));
    }
    if (best === 0) best = exact ? posterior(exact) : UNFITTED;
    else if (exact) {
      // A rare signal set still counts: its own few outcomes shrink the back-off rate toward them,
      // as if the back-off were MIN_SUPPORT prior observations (0 right of 6 is no 0.92).
      const prior = conflict ? best / 2 : best;
      return (exact[0] + MIN_SUPPORT * prior) / (exact[1] + MIN_SUPPORT);
    }
    return conflict ? best / 2 : best;
  }
}

export function signalKey(signals: string[], conflict: boolean): string {
  return [...new Set(signals)].sort().join('+') + (conflict ? '|conflict' : '');
}

/** Counts outcomes per field and signal key, plus per single signal (for the back-off). */
export function fitCalibration(
  outcomes: { field: string; signals: string[]; conflict: boolean; correct: boolean }[],
  fittedOn: string,
): CalibrationTable {
  const fields: CalibrationTable['fields'] = {};
  const bump = (field: string, key: string, ok: boolean) => {
    const f = (fields[field] ??= {});
    const e = (f[key] ??= [0, 0]);
    e[0] += ok ? 1 : 0;
    e[1] += 1;
  };
  for (const o of outcomes) {
    const key = signalKey(o.signals, o.conflict);
    bump(o.field, key, o.correct);
    // Back-off entries: how often a value was right when this signal was among its support.
    for (const s of new Set(o.signals)) bump(o.field, `any:${s}`, o.correct);
  }
  return {
    $comment:
      'Fitted by `npm run eval -- --fit` on the labelled evaluation catalogs (see EVAL.md). [correct, total] per field and signal set; confidence = (correct + 1) / (total + 2).',
    fittedOn,
    fields,
  };
}
