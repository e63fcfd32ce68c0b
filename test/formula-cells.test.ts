/**
 * Cells a formula left behind: Excel error values (#REF!, #N/A…) in any field, formulas saved without
 * their result, and rows of SUM / SUBTOTAL formulas totalling the rows above (a subtotal row without a
 * 小計 label). Engine-level on trackers built in code, reader-level and CLI-level on raw .xlsx parts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { HEADERS, dataRow, row, rules, sheet, validate } from './support/tracker';
import { rawXlsx } from './support/raw-xlsx';
import { cli } from './support/cli';

const ERRORS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!'];

describe('Excel error values in cells', () => {
  it.each([
    ['担当課', 'F', 'missing-required'],
    ['事業名', 'E', 'missing-required'],
    ['進捗状況', 'H', 'invalid-choice'],
    ['進捗率', 'I', 'not-a-number'],
    ['目標値', 'K', 'not-a-number'],
    ['開始日', 'P', 'invalid-date'],
    ['年度', 'G', 'invalid-fiscal-year'],
    ['評価', 'N', 'invalid-choice'],
    ['取組姿勢', 'O', 'invalid-choice'],
    ['指標', 'J', 'invalid-choice'],
    ['備考', 'R', 'invalid-choice'],
  ])('%s holding #REF! is an error saying the cell holds an Excel error value', (header, column, rule) => {
    const result = validate([sheet('進捗管理表', [row({ [header]: '#REF!' })])]);
    const issue = result.issues.find((i) => i.cell === `${column}${dataRow(0)}`);
    expect(issue).toMatchObject({ rule, severity: 'error', value: '#REF!', params: { excelError: '#REF!' } });
    expect(issue!.message).toBe(`「${header}」のセルが Excel のエラー値 #REF! です。数式や参照先を直して値を入れてください`);
    expect(issue!.fix).toBeUndefined();
    // The error value is no value of the field: nothing downstream takes it as one.
    expect(result.rows[0]).toBeDefined();
  });

  it.each(ERRORS)('a department %s is not accepted as a department', (error) => {
    const result = validate([sheet('進捗管理表', [row({ 担当課: error })])], 'en');
    expect(rules(result)).toEqual([`F${dataRow(0)} missing-required`]);
    expect(result.issues[0].message).toBe(
      `"Department" holds the Excel error value ${error}; fix the formula or its reference so the cell holds a value`,
    );
  });

  it('a text that merely starts with # is text', () => {
    expect(rules(validate([sheet('進捗管理表', [row({ 備考: '#REF!の修正済み', 担当課: '#1 課' })])]))).toEqual([]);
  });

  it('an error value in a plan column (取組) is reported on that cell, not read as text', () => {
    const result = validate([sheet('進捗管理表', [row({ 取組: '#N/A', 番号: null })])]);
    expect(result.issues.filter((i) => i.params.excelError).map((i) => `${i.cell} ${i.rule}`)).toEqual([`D${dataRow(0)} invalid-choice`]);
  });
});

const withFormulas = (rows: (string | number | null)[][], formulas: Record<string, string>) => {
  const s = sheet('進捗管理表', rows);
  s.formulas = s.values.map(() => []);
  for (const [ref, text] of Object.entries(formulas)) {
    const col = ref.charCodeAt(0) - 65;
    s.formulas[Number(ref.slice(1)) - 1][col] = text;
  }
  return s;
};

describe('formulas without a saved result', () => {
  it('a required cell is reported as a formula to recalculate, not as not entered', () => {
    const s = withFormulas([row({ 担当課: null }) as (string | number | null)[]], { [`F${dataRow(0)}`]: 'VLOOKUP(A4,課一覧!A:B,2,FALSE)' });
    const ja = validate([s]).issues;
    expect(ja.map((i) => `${i.cell} ${i.rule}`)).toEqual([`F${dataRow(0)} missing-required`]);
    expect(ja[0].params).toEqual({ uncalculated: true });
    expect(ja[0].message).toBe('「担当課」の数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください');
    expect(validate([s], 'en').issues[0].message).toContain('open the file in Excel, let it recalculate and save it');
  });

  it('an optional cell too (it is not empty, only not computed)', () => {
    const s = withFormulas([row({ 実績値: null }) as (string | number | null)[]], { [`L${dataRow(0)}`]: 'J4*2' });
    expect(rules(validate([s]))).toEqual([`L${dataRow(0)} not-a-number`]);
  });
});

describe('rows of formulas totalling other rows', () => {
  const empty = (): (string | number | null)[] => HEADERS.map(() => null);
  it.each([
    ['SUM', 'SUM(K4:K5)'],
    ['SUBTOTAL', 'SUBTOTAL(9,K4:K5)'],
    ['a SUM over absolute references', 'SUM($K$4:$K$5)'],
  ])('a row of %s formulas with no label is a subtotal row', (_what, formula) => {
    const total = empty();
    total[10] = 200;
    total[11] = 120;
    const s = withFormulas([row() as (string | number | null)[], row({ 担当課: '総務課' }) as (string | number | null)[], total], {
      K6: formula,
      L6: formula.replace(/K/g, 'L'),
    });
    const result = validate([s]);
    expect(rules(result)).toEqual([expect.stringMatching(/^[A-Z]+6 subtotal-row$/)]);
    expect(result.rows.map((r) => r.row)).toEqual([4, 5]);
  });

  it('a row with a typed value beside the formulas, formulas that total no range, or a sum across its own cells stays a data row', () => {
    const typed = row({ 目標値: 200 }) as (string | number | null)[];
    const other = empty();
    other[10] = 4;
    const across = empty();
    across[11] = 60;
    const s = withFormulas([row() as (string | number | null)[], typed, other, across], {
      K5: 'SUM(K4:K4)',
      K6: 'K4*2',
      L7: 'SUM(S7:V7)', // the row's own quarterly cells: an actual value, not a total of rows
    });
    const result = validate([s]);
    expect(result.leftOut?.['subtotal-row'] ?? 0).toBe(0);
    expect(result.rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
  });
});

const RAW_HEADER = HEADERS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const dataCells = (r: number, department: string) =>
  inline(`A${r}`, '1-2-1-1') +
  inline(`E${r}`, '行政情報のオープンデータ化推進') +
  department +
  `<c r="G${r}"><v>2024</v></c>` +
  inline(`H${r}`, '実施中') +
  `<c r="I${r}"><v>50</v></c>` +
  `<c r="K${r}"><v>100</v></c>` +
  `<c r="L${r}"><v>60</v></c>`;

function rawTracker(): Uint8Array {
  return rawXlsx([
    {
      name: '進捗管理表',
      rows:
        `<row r="1">${RAW_HEADER}</row>` +
        `<row r="2">${dataCells(2, '<c r="F2" t="e"><f>課一覧!#REF!</f><v>#REF!</v></c>')}</row>` +
        `<row r="3">${dataCells(3, '<c r="F3" t="str"><f>VLOOKUP(A3,課一覧!A:B,2,FALSE)</f></c>')}</row>` +
        `<row r="4">${dataCells(4, inline('F4', '総務課'))}</row>` +
        '<row r="5"><c r="K5"><f t="shared" ref="K5:L5" si="0">SUBTOTAL(9,K2:K4)</f><v>300</v></c><c r="L5"><f t="shared" si="0"/><v>180</v></c></row>',
    },
  ]);
}

describe('the reader passes formulas and error values', () => {
  it("keeps each formula text beside the values (a shared formula's later cells get the first text), errors as their text", () => {
    const data = readXlsx(rawTracker(), 'x.xlsx').sheets[0].data;
    expect(data.values[1][5]).toBe('#REF!');
    expect(data.values[2][5]).toBeNull();
    expect(data.formulas?.[1][5]).toBe('課一覧!#REF!');
    expect(data.formulas?.[2][5]).toBe('VLOOKUP(A3,課一覧!A:B,2,FALSE)');
    expect(data.formulas?.[3][5]).toBeUndefined();
    expect(data.formulas?.[4].slice(10, 12)).toEqual(['SUBTOTAL(9,K2:K4)', 'SUBTOTAL(9,L2:L4)']);
  });

  it("moves a shared formula's relative references to each cell, not absolute ones, names, functions or quoted text", () => {
    const data = readXlsx(
      rawXlsx([
        {
          name: 'S',
          rows:
            '<row r="4"><c r="Q4"><f t="shared" ref="Q4:R6" si="3">SUM(M4:P4)+$A$1+A$1+LOG10(B4)&amp;"C4"&amp;\'D4\'!E4</f><v>1</v></c></row>' +
            '<row r="6"><c r="R6"><f t="shared" si="3"/><v>1</v></c></row>',
        },
      ]),
      'x.xlsx',
    ).sheets[0].data;
    expect(data.formulas?.[5][17]).toBe('SUM(N6:Q6)+$A$1+B$1+LOG10(C6)&"C4"&\'D4\'!F6');
  });

  it('leaves formulas out of a sheet that has none', () => {
    const data = readXlsx(rawXlsx([{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }]), 'x.xlsx').sheets[0].data;
    expect(data).not.toHaveProperty('formulas');
  });
});

describe('plan-tracker validate on a file with formula cells', () => {
  it('reports the #REF! department and the uncalculated one, and leaves out the SUBTOTAL row', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pt-formulas-')), 'formulas.xlsx');
    writeFileSync(file, rawTracker());
    const run = await cli('validate', file, '--format', 'json');
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.issues.map((i: { cell: string; rule: string }) => `${i.cell} ${i.rule}`)).toEqual([
      'F2 missing-required',
      'F3 missing-required',
      'E5 subtotal-row',
    ]);
    expect(out.issues[0].message).toContain('Excel のエラー値 #REF!');
    expect(out.issues[0].value).toBe('#REF!');
    expect(out.issues[1].message).toContain('数式の結果が保存されていません');
  });
});
