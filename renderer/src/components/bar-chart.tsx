/** One bar of a chart: a label, a value, and an optional colour class (sev-error, ...). */
export interface Bar {
  key: string;
  label: string;
  value: number;
  tone?: string;
  onSelect?: () => void;
}

const ROW = 24;
const LABEL_W = 230;
const BAR_W = 260;

/**
 * A horizontal bar chart drawn as plain SVG (no chart library: a few rectangles are all it needs).
 * The numbers are also in the accessible name of each bar and in a visually hidden table, so a
 * screen reader or a keyboard user gets the same information.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: Bar[]; unit: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width={LABEL_W + BAR_W + 70} height={height} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = Math.max(2, Math.round((b.value / max) * BAR_W));
          const y = i * ROW;
          const text = `${b.label}: ${b.value.toLocaleString('en')} ${unit}`;
          const body = (
            <>
              <title>{text}</title>
              <text x={LABEL_W - 8} y={y + 16} textAnchor="end" className="chart-label">
                {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
              </text>
              <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 8} rx={3} className={`chart-bar ${b.tone ?? ''}`} />
              <text x={LABEL_W + w + 6} y={y + 16} className="chart-value">
                {b.value.toLocaleString('en')}
              </text>
            </>
          );
          return b.onSelect ? (
            <a
              key={b.key}
              href="#"
              role="button"
              aria-label={text}
              onClick={(e) => {
                e.preventDefault();
                b.onSelect?.();
              }}
            >
              {body}
            </a>
          ) : (
            <g key={b.key}>{body}</g>
          );
        })}
      </svg>
    </figure>
  );
}
