/** One bar: what it counts, how many, and its colour's meaning. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown instead of the bare number, e.g. "12 (40%)". */
  valueText?: string;
  tone?: 'accent' | 'good' | 'warn' | 'bad' | 'muted';
}

/**
 * Bars side by side with their labels in the page's text (Telugu wraps as text does) and each
 * bar an SVG rectangle scaled to the largest value. The picture is hidden from screen readers:
 * the label and number beside it say the same.
 */
export function HorizontalBars({ bars, max }: { bars: Bar[]; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);

  return (
    <ul className="hbars">
      {bars.map((bar) => (
        <li key={bar.key} className="hbar-row" data-testid={`bar-${bar.key}`}>
          <span className="hbar-label">{bar.label}</span>
          <svg
            className="hbar"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect className="hbar-track" x="0" y="0" width="100" height="10" />
            <rect
              className={`hbar-fill tone-${bar.tone ?? 'accent'}`}
              x="0"
              y="0"
              width={(bar.value / top) * 100}
              height="10"
            />
          </svg>
          <span className="hbar-value">{bar.valueText ?? bar.value}</span>
        </li>
      ))}
    </ul>
  );
}
