import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../../../src/lib/data/csv.ts';

describe('CSV (RFC 4180)', () => {
  test('leaves plain text, numbers and booleans unquoted and writes a missing value as an empty field', () => {
    expect([csvField('plain text'), csvField(8), csvField(0.75), csvField(true), csvField(null)]).toEqual(['plain text', '8', '0.75', 'true', '']);
  });

  test('quotes a field with a comma, a double quote, a CR or an LF, doubling each double quote', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('printed as "4.8 mg/kg/hr"')).toBe('"printed as ""4.8 mg/kg/hr"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  test('ends every record with CRLF, the last one too, and writes cells in the order of the columns', () => {
    expect(
      toCsv(
        ['id', 'n', 'note'],
        [
          { note: 'x, y', id: 'a', n: 1 },
          { id: 'b', n: null, note: '' },
        ],
      ),
    ).toBe('id,n,note\r\na,1,"x, y"\r\nb,,\r\n');
  });

  test('writes only the header when there are no rows', () => {
    expect(toCsv(['id'], [])).toBe('id\r\n');
  });
});
