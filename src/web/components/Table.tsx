/** A plain, readable data table with a caption; numbers right-aligned by the `num` column flag. */
import type { ReactNode } from 'react';

export interface Column<R> {
  header: string;
  cell(row: R): ReactNode;
  num?: boolean;
}

export function Table<R>({ caption, columns, rows, rowKey, captionHidden }: { caption: string; columns: Column<R>[]; rows: readonly R[]; rowKey(r: R): string; captionHidden?: boolean }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c, i) => (
                <td key={i} className={c.num ? 'num' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
