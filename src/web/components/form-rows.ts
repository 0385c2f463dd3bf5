/**
 * Lists inside a form (a framework's parties, a schedule's obligations) are kept as fields named by
 * their path in the request body, "parties.0.orgId", so a server issue about "parties.1.orgId"
 * lands beside that very field. These helpers read and reshape such rows.
 */
export type Flat = Record<string, string>;

/** How many rows the list holds (rows are numbered from 0 without gaps). */
export function rowCount(values: Flat, list: string): number {
  let n = 0;
  while (Object.keys(values).some((k) => k.startsWith(`${list}.${n}.`))) n++;
  return n;
}

/** The list's rows as objects of their fields. */
export function rowsOf(values: Flat, list: string, fields: readonly string[]): Flat[] {
  return Array.from({ length: rowCount(values, list) }, (_, n) => Object.fromEntries(fields.map((f) => [f, values[`${list}.${n}.${f}`] ?? ''])));
}

/** The fields of rows, flattened under the list's name from index `from` on. */
export function flatRows(list: string, rows: readonly Flat[], from = 0): Flat {
  return Object.fromEntries(rows.flatMap((r, n) => Object.entries(r).map(([f, v]) => [`${list}.${from + n}.${f}`, v])));
}

/** The values with row `index` taken out and the rows after it moved up. */
export function withoutRow(values: Flat, list: string, fields: readonly string[], index: number): Flat {
  const rest = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith(`${list}.`)));
  return { ...rest, ...flatRows(list, rowsOf(values, list, fields).filter((_, n) => n !== index)) };
}
