import type { Sql } from '../db/db.ts';
import { icd10Chapter } from './icd10-chapter.ts';
import type { LakeRow } from './lake-tables.ts';
import { suppressSmallCells, type CauseCell } from './suppress-small-cells.ts';

interface CategoryCount {
  category: string | null;
  district: string;
  year: number;
  sex: string;
  deaths: number;
}

/**
 * Counts registered deaths (not cancelled) by the ICD-10 chapter of the underlying cause,
 * district, year of death and sex: the only form in which causes of death leave the
 * restricted store (DESIGN: rules that shape the data), with small cells suppressed
 * (`suppressSmallCells`). Reads the restricted table; writes nothing.
 */
export async function countCausesByChapter(
  sql: Sql,
  options: { threshold: number; runId: string },
): Promise<LakeRow[]> {
  const counts = await sql.query<CategoryCount>(
    `select left(c.icd10_underlying, 3) as category, u.district_en as district,
       extract(year from r.event_date)::integer as year,
       coalesce(r.declaration #>> '{deceased,sex}', 'unknown') as sex, count(*)::integer as deaths
     from cause_of_death c
     join records r on r.id = c.record_id
     join units u on u.code = r.unit_code
     where r.event_type = 'death' and r.status = 'registered' and not r.is_cancelled
     group by 1, 2, 3, 4`,
  );

  return suppressSmallCells(sumByChapter(counts), options.threshold).map((cell) => ({
    export_run: options.runId,
    chapter: cell.chapter,
    sex: cell.sex,
    deaths: cell.deaths,
    is_suppressed: cell.isSuppressed,
    year: cell.year,
    district: cell.district,
  }));
}

function sumByChapter(counts: readonly CategoryCount[]): CauseCell[] {
  const cells = new Map<string, CauseCell>();
  for (const count of counts) {
    const chapter = icd10Chapter(count.category);
    const key = [chapter, count.district, count.year, count.sex].join('\u0000');
    const cell = cells.get(key);
    if (cell) cell.deaths += count.deaths;
    else
      cells.set(key, {
        chapter,
        district: count.district,
        year: count.year,
        sex: count.sex,
        deaths: count.deaths,
      });
  }

  return [...cells.values()];
}
