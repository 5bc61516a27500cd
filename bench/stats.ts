/** The value at quantile q (0..1) of the numbers, by nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));

  return sorted[index] ?? Number.NaN;
}

/** Prints one figure with its ratio to a named baseline. */
export function report(name: string, value: number, unit: string, baseline: { name: string; value: number; isHigherBetter: boolean }): void {
  const ratio = baseline.isHigherBetter ? value / baseline.value : baseline.value / value;
  console.log(`${name}: ${value.toFixed(1)} ${unit}  (${ratio.toFixed(2)}x ${baseline.name}: ${baseline.value} ${unit})`);
}
