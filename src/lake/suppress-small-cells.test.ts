import { describe, expect, it } from 'vitest';
import { suppressSmallCells, type CauseCell } from './suppress-small-cells.ts';

const cell = (chapter: string, deaths: number, sex = 'male'): CauseCell => ({
  chapter,
  district: 'Guntur',
  year: 2026,
  sex,
  deaths,
});

const shown = (cells: ReturnType<typeof suppressSmallCells>): [string, number | null][] =>
  cells.map((c) => [c.chapter, c.deaths]);

describe('small cells of causes of death', () => {
  it('hides a cell under the threshold and, being alone, the next smallest of its group too', () => {
    const cells = suppressSmallCells([cell('IX', 40), cell('X', 7), cell('II', 3)], 5);

    expect(shown(cells)).toEqual([
      ['IX', 40],
      ['X', null],
      ['II', null],
    ]);
    expect(cells.filter((c) => c.isSuppressed).map((c) => c.chapter)).toEqual(['X', 'II']);
  });

  it('needs no second cell when two are already hidden, and keeps five deaths at a threshold of 5', () => {
    const cells = suppressSmallCells([cell('IX', 5), cell('X', 2), cell('II', 1)], 5);

    expect(shown(cells)).toEqual([
      ['IX', 5],
      ['X', null],
      ['II', null],
    ]);
  });

  it('treats each sex as its own group, as the public totals are by sex', () => {
    const cells = suppressSmallCells(
      [cell('IX', 30), cell('IX', 12, 'female'), cell('XV', 2, 'female')],
      5,
    );

    expect(shown(cells)).toEqual([
      ['IX', 30],
      ['IX', null],
      ['XV', null],
    ]);
  });

  it('follows a configured threshold', () => {
    expect(shown(suppressSmallCells([cell('IX', 9), cell('X', 10)], 10))).toEqual([
      ['IX', null],
      ['X', null],
    ]);
  });
});
