/** The sheet reader's row building: rows of exactly their width, rows out of order, shared dates, values read in place. */
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { RowArrays } from '../src/workbook/xlsx-reader/row-arrays';
import { rawXlsx } from './support/raw-xlsx';

const read = (rows: string, options: Parameters<typeof rawXlsx>[1] = {}) =>
  readXlsx(rawXlsx([{ name: 'S', rows }], options), 'x').sheets[0].data;

describe('RowArrays', () => {
  it('gives each row an array of its own width, holes where nothing was set', () => {
    const grid = new RowArrays<string>();
    grid.set(0, 0, 'a');
    grid.set(0, 2, 'c');
    grid.set(2, 1, 'x');
    const rows = grid.done();
    expect(rows.length).toBe(3);
    expect(rows[0]).toEqual(['a', undefined, 'c']);
    expect(1 in rows).toBe(false);
    expect(rows[2]).toEqual([undefined, 'x']);
  });

  it('joins a row met again after others with the cells read before', () => {
    const grid = new RowArrays<number>();
    grid.set(4, 0, 1);
    grid.set(1, 0, 2);
    grid.set(4, 3, 4);
    grid.set(4, 0, 9); // a later cell of the same place wins, as an array write would
    expect(grid.done()).toEqual([undefined, [2], undefined, undefined, [9, undefined, undefined, 4]]);
  });
});

describe('readSheet', () => {
  it('reads rows in any order, and a row split in two, as the cells they hold', () => {
    const data = read(
      '<row r="3"><c r="B3"><v>3</v></c></row>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
        '<row r="3"><c r="A3" t="str"><v>a&amp;b</v></c><c r="D3" t="b"><v>1</v></c></row>',
      { sharedStrings: ['見出し'] },
    );
    expect(data.values).toEqual([['見出し'], [], ['a&b', 3, null, true]]);
  });

  it('reads numbers and shared-string indexes written in any way Number() reads them', () => {
    const data = read(
      '<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>-1.5E2</v></c><c r="C1"><v> 7 </v></c><c r="D1" t="s"><v>1</v></c>' +
        '<c r="E1" t="n"><v>0012</v></c><c r="F1"><v>1234567890123456789</v></c><c r="G1"><v></v></c><c r="H1" t="s"><v>&#48;</v></c></row>',
      { sharedStrings: ['ゼロ', 'いち'] },
    );
    expect(data.values[0]).toEqual([42, -150, 7, 'いち', 12, Number('1234567890123456789'), null, 'ゼロ']);
  });

  it('gives cells with the same date serial equal dates, one object per serial', () => {
    const data = read('<row r="1"><c r="A1" s="1"><v>45383</v></c><c r="B1" s="1"><v>45383</v></c><c r="C1" s="1"><v>45384</v></c></row>', {
      numFmts: ['yyyy/m/d'],
    });
    const [a, b, c] = data.values[0] as Date[];
    expect(a.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(b).toBe(a);
    expect(c.toISOString()).toBe('2024-04-02T00:00:00.000Z');
    expect(data.formats?.[0]).toEqual(['yyyy/m/d', 'yyyy/m/d', 'yyyy/m/d']);
  });

  it('says which shared string is missing, read in place or not', () => {
    expect(() => read('<row r="1"><c r="B1" t="s"><v>5</v></c></row>', { sharedStrings: ['a'] })).toThrow(/shared string 5 of cell B1/);
    expect(() => read('<row r="1"><c r="B1" t="s"><v>&#53;</v></c></row>', { sharedStrings: ['a'] })).toThrow(/shared string 5 of cell B1/);
  });
});
