/**
 * Proves the CSV reader follows RFC 4180 as the brief's files use it: quoted fields with commas,
 * doubled quotes and line breaks inside, CRLF or LF records, empty fields; that it refuses malformed
 * input instead of guessing; and (property) that any table written by formatCsv reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, formatCsv, parseCsv, parseCsvObjects } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF records', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['empty fields, including the last', 'a,,c,\n,,,\n', [['a', '', 'c', ''], ['', '', '', '']]],
    ['a comma inside quotes', '"Patriot parts, interceptors",x\n', [['Patriot parts, interceptors', 'x']]],
    ['doubled quotes', '"stated as ""not less than EUR 2 million""",x\n', [['stated as "not less than EUR 2 million"', 'x']]],
    ['a line break inside quotes', '"line one\nline two",x\r\ny,z\r\n', [['line one\nline two', 'x'], ['y', 'z']]],
    ['an empty quoted field', '"",a\n', [['', 'a']]],
    ['a byte-order mark', '\uFEFFid,x\n1,2\n', [['id', 'x'], ['1', '2']]],
    ['nothing', '', []],
  ])('reads %s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it.each([
    ['a quote inside an unquoted field', 'ab"c,d\n', 'line 1'],
    ['text after a closing quote', 'a\n"b"c,d\n', 'line 2'],
    ['an unclosed quote', 'a,"b\nc\n', 'line 3'],
  ])('refuses %s, naming the line', (_name, text, where) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(where);
  });

  it('reads back any table formatCsv writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\n', '\r', ';', '€') });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, (t) => {
        // A record of one empty field is written as an empty line; it reads back as one empty field.
        expect(parseCsv(formatCsv(t))).toEqual(t);
      }),
      { seed: 20250714, numRuns: 500 },
    );
  });
});

describe('parseCsvObjects', () => {
  it('keys each record by the header', () => {
    expect(parseCsvObjects('id,amount,note\nANN-001,500,"a, b"\n')).toEqual([{ id: 'ANN-001', amount: '500', note: 'a, b' }]);
  });

  it('refuses a record with the wrong number of fields, naming the row', () => {
    expect(() => parseCsvObjects('id,amount\nANN-001,500\nANN-002\n')).toThrow('row 3');
  });

  it('refuses a header that names a column twice', () => {
    expect(() => parseCsvObjects('id,id\n1,2\n')).toThrow("column 'id' appears twice");
  });
});
