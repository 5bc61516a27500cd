import type { ReactNode } from 'react';
import { useText } from '../i18n.tsx';
import { DASHBOARD_TEXT } from './dashboard-messages.ts';

/** The numbers behind a chart, for people who cannot see it or want the exact figures. */
export interface ChartTable {
  head: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title (a heading, so the page's outline names every chart), a short note,
 * the picture, and the same figures as a table behind "Show as a table".
 */
export function ChartFigure(props: {
  /** 3 inside a section that has its own heading. */
  level?: 2 | 3;
  id: string;
  title: string;
  help?: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const t = useText(DASHBOARD_TEXT);

  return (
    <figure className="card chart" aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      {props.level === 3 ? (
        <h3 id={`${props.id}-title`}>{props.title}</h3>
      ) : (
        <h2 id={`${props.id}-title`}>{props.title}</h2>
      )}
      {props.help && <p className="muted">{props.help}</p>}
      {props.children}
      <details>
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {props.table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
