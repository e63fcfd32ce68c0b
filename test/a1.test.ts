/** The one A1 module (src/core/a1.ts) the Office adapter, the browser host and the file writer share. */
import { a1, boxToA1, columnLetters, columnNumber, parseA1Range, parseCell, parseRange, rangeContains } from '../src/core/a1';

describe('A1 addresses', () => {
  it('converts columns both ways', () => {
    expect([1, 26, 27, 28, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'XFD']);
    expect(['A', 'z', 'AB', 'XFD'].map(columnNumber)).toEqual([1, 26, 28, 16384]);
    expect(a1(12, 8)).toBe('H12');
  });

  it('reads cells with $ and a sheet prefix, and refuses what is not a cell', () => {
    expect(parseCell('H12')).toEqual({ row: 11, column: 7 });
    expect(parseCell(' $h$12 ')).toEqual({ row: 11, column: 7 });
    expect(parseCell("'進捗 表'!B5")).toEqual({ row: 4, column: 1 });
    for (const bad of ['', 'A', '12', 'A0B', 'ABCD1', 'A12345678', 'A1:B2']) expect(() => parseCell(bad)).toThrow(/not an A1 cell/);
  });

  it('reads ranges whichever corner comes first, as bounds and as boxes', () => {
    expect(parseRange('F9:A4')).toEqual({ top: 3, left: 0, bottom: 8, right: 5 });
    expect(parseRange('Sheet1!B5')).toEqual({ top: 4, left: 1, bottom: 4, right: 1 });
    expect(parseA1Range('A4:F9')).toEqual({ row: 3, column: 0, rows: 6, columns: 6 });
    expect(rangeContains(parseRange('A4:F9'), 8, 5)).toBe(true);
    expect(rangeContains(parseRange('A4:F9'), 9, 5)).toBe(false);
  });

  it('prints boxes back to the text it read', () => {
    for (const text of ['B5', 'A4:F9', 'AA1:XFD1048576']) expect(boxToA1(parseA1Range(text))).toBe(text);
  });
});
