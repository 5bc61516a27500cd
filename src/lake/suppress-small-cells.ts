/** One count of deaths by cause chapter in a district, year and sex. */
export interface CauseCell {
  chapter: string;
  district: string;
  year: number;
  sex: string;
  deaths: number;
}

export interface PublishedCell extends Omit<CauseCell, 'deaths'> {
  /** Null when suppressed. */
  deaths: number | null;
  isSuppressed: boolean;
}

/**
 * Suppresses small cells before counts of causes of death leave the restricted zone. A cell
 * of 1 to `threshold - 1` deaths is suppressed, so a rare cause in a small place cannot point
 * at a person (primary suppression). Registered deaths by district, year and sex are public in
 * the events table, so a group with exactly one suppressed cell would give it away by
 * subtraction: its next smallest cell is suppressed too (secondary suppression).
 */
export function suppressSmallCells(
  cells: readonly CauseCell[],
  threshold: number,
): PublishedCell[] {
  const published = cells.map((cell): PublishedCell => ({
    ...cell,
    deaths: cell.deaths < threshold ? null : cell.deaths,
    isSuppressed: cell.deaths < threshold,
  }));

  for (const group of groupBy(published, (cell) =>
    [cell.district, cell.year, cell.sex].join('\u0000'),
  )) {
    const isSingleSuppressed = group.filter((cell) => cell.isSuppressed).length === 1;
    const shown = group.filter((cell) => !cell.isSuppressed);
    const smallest = shown.sort((a, b) => Number(a.deaths) - Number(b.deaths))[0];
    if (!isSingleSuppressed || !smallest) continue;

    smallest.deaths = null;
    smallest.isSuppressed = true;
  }

  return published;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);

  return [...groups.values()];
}
