/** Progress of a long piece of work, as the UI and the CLI show it. */
export interface JobProgress {
  /** Units finished (items, rows or bytes: whatever `total` counts). */
  done: number;
  /** Units in all, or null when unknown. */
  total: number | null;
  /** Units per second over the last few seconds (null until there is a measurement). */
  rate: number | null;
  /** Seconds left at the current rate (null when unknown). */
  etaSeconds: number | null;
  elapsedSeconds: number;
}

const WINDOW_MS = 5000;

/**
 * Rate over a sliding window of recent samples rather than since the start, so the ETA follows
 * the current speed (an import slows down once SQLite's cache is full; OCR speeds up once warm).
 */
export class ProgressMeter {
  private readonly started = performance.now();
  private readonly samples: { at: number; done: number }[] = [];

  constructor(
    private total: number | null,
    private done = 0,
  ) {
    this.samples.push({ at: this.started, done });
  }

  update(done: number, total: number | null = this.total): JobProgress {
    this.done = done;
    this.total = total;
    const now = performance.now();
    this.samples.push({ at: now, done });
    while (this.samples.length > 2 && now - this.samples[1]!.at > WINDOW_MS) this.samples.shift();
    return this.snapshot(now);
  }

  add(n: number): JobProgress {
    return this.update(this.done + n);
  }

  snapshot(now = performance.now()): JobProgress {
    const first = this.samples[0]!;
    const span = (now - first.at) / 1000;
    const rate = span > 0.05 ? (this.done - first.done) / span : null;
    const etaSeconds = rate && this.total !== null ? Math.max(0, (this.total - this.done) / rate) : null;
    return { done: this.done, total: this.total, rate, etaSeconds, elapsedSeconds: (now - this.started) / 1000 };
  }
}
