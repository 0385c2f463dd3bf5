/**
 * A small RFC 4180 CSV reader: fields separated by commas, records by CRLF or LF; a field may be
 * quoted, and inside quotes commas, line breaks and doubled quotes ("") are data. Written here
 * rather than pulled in as a dependency because the brief's files need nothing more, and a parser
 * this size is easier to check than a package's options.
 *
 * Malformed input (a quote inside an unquoted field, text after a closing quote, an unclosed quote)
 * is refused with the line number, never guessed at: the demo data must load exactly or not at all.
 */

export class CsvError extends Error {
  /** Where: "line 7" while parsing text, "row 3" (counting the header as row 1) for a record. */
  readonly where: string;
  constructor(message: string, where: string) {
    super(`CSV ${where}: ${message}`);
    this.where = where;
    this.name = 'CsvError';
  }
}

/** Parses CSV text into records of raw string fields. A final line break does not add a record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  // A field is "started" once we have seen any of it, so an empty last field still counts.
  let quoted = false;
  let afterQuote = false;
  let started = false;
  const endField = (): void => {
    record.push(field);
    field = '';
    quoted = false;
    afterQuote = false;
    started = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (c === '\n') line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === ',') {
      endField();
      started = true; // the next field exists even if the line ends here
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    if (afterQuote) throw new CsvError(`unexpected '${c}' after a closing quote`, `line ${line}`);
    if (c === '"') {
      if (field.length > 0) throw new CsvError('a quote inside an unquoted field', `line ${line}`);
      quoted = true;
      started = true;
      i += 1;
      continue;
    }
    field += c;
    started = true;
    i += 1;
  }
  if (quoted) throw new CsvError('a quoted field is never closed', `line ${line}`);
  if (started || field.length > 0 || afterQuote || record.length > 0) endRecord();
  return records;
}

/**
 * Parses CSV with a header row into objects keyed by column name. Every record must have exactly
 * as many fields as the header, so a shifted column is caught rather than loaded.
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) throw new CsvError(`column '${h}' appears twice in the header`, 'row 1');
    seen.add(h);
  }
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new CsvError(`expected ${header.length} fields, found ${r.length}`, `row ${n + 2}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}

/** Writes records as RFC 4180 CSV (quoting only where needed), the inverse of parseCsv. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  const cell = (f: string): string => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return records.map((r) => r.map(cell).join(',')).join('\r\n') + (records.length > 0 ? '\r\n' : '');
}
