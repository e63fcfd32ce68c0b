/** Column widths of long tables (src/summary/fit-text.ts): the width of each character, and the widest text of each column. */
import type { SheetSpec } from '../src/core/sheet-spec';
import { displayWidth, fitLongTable } from '../src/summary/fit-text';

describe('displayWidth', () => {
  it('counts full-width and wide characters as two, the rest (half-width kana, a surrogate pair) as one', () => {
    const cases: [string, number][] = [
      ['A', 1],
      ['方針1', 5],
      ['あ', 2],
      ['　', 2], // U+3000 ideographic space
      ['한', 2],
      ['ｱ', 1], // U+FF71 half-width katakana
      ['Ａ', 2], // U+FF21 full-width Latin
      ['￥', 2], // U+FFE5
      ['\u1100', 2], // first of the Hangul Jamo range
      ['\u10ff', 1], // just below it
      ['\ud7a3', 2], // last Hangul syllable
      ['\ud7a4', 1],
      ['𠮷', 1], // a surrogate pair is one character, outside the wide ranges
      ['\ud842', 1], // a lone surrogate
      ['3-3-1-1|2024|企業局経営企画課(第4係)', 13 + 2 * 9 + 5],
    ];
    for (const [text, width] of cases) expect({ text, width: displayWidth(text) }).toEqual({ text, width });
  });
});

describe('fitLongTable', () => {
  it('widens each column to its widest text below the head, up to the limit, however many rows repeat or differ', () => {
    const values: SheetSpec['values'] = [['キー', '課', '長い説明', '数']];
    for (let i = 0; i < 5000; i++) values.push([`${i}|2024|課${i % 7}`, i % 2 ? '企画課' : '行政経営課', 'あ'.repeat(10 + (i % 50)), i]);
    values.push(['4999|2024|企業局経営企画課(第4係)', '課', 'い'.repeat(200), 1]);
    const spec = fitLongTable({ name: 't', values }, 2);
    const widths = spec.columnWidths!;
    // The longest key is the last one (33 columns wide, and 1.5 of padding); the department column
    // is as wide as 行政経営課; the description stops at 80; a column of numbers keeps the head's width.
    expect(widths[0]).toBe(Math.ceil(displayWidth('4999|2024|企業局経営企画課(第4係)') + 1.5));
    expect(widths[1]).toBe(Math.ceil(displayWidth('行政経営課') + 1.5));
    expect(widths[2]).toBe(80);
    expect(widths[3]).toBeLessThan(10);
  });
});
