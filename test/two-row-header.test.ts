/**
 * A two-row header: 進捗 above 状況 and 率 (進捗 merged across both columns), every other header merged
 * down both rows. Read by joining the stacked texts, whether the adapter carries merged values into
 * every cell (the .xlsx reader) or gives them only in the first cell (Office).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../src/core/cell';
import { detectHeader, stackedHeaderRow } from '../src/tracker/header';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { HEADERS, row, rules, validate } from './support/tracker';
import { rawXlsx } from './support/raw-xlsx';
import { cli } from './support/cli';

const STATUS = HEADERS.indexOf('進捗状況');
const PROGRESS = HEADERS.indexOf('進捗率');

/** Upper and lower header rows; `carried`: merged values in every cell of the merge, as the .xlsx reader gives them. */
function twoRows(carried: boolean): [CellValue[], CellValue[]] {
  const upper: CellValue[] = HEADERS.map((h, i) => (i === STATUS ? '進捗' : i === PROGRESS ? (carried ? '進捗' : null) : h));
  const lower: CellValue[] = HEADERS.map((h, i) => (i === STATUS ? '状況' : i === PROGRESS ? '率' : carried ? h : null));
  return [upper, lower];
}

describe('a two-row header', () => {
  it('joins 進捗 with 状況 and 率; a header merged down both rows is its own text', () => {
    const [upper, lower] = twoRows(true);
    const joined = stackedHeaderRow(upper, lower);
    expect(joined).toEqual(HEADERS);
    expect(stackedHeaderRow(...twoRows(false))).toEqual(HEADERS);
  });

  it.each([
    ['merged values carried into every cell', true],
    ['merged values only in the first cell', false],
  ])('is found on its lower row with every field mapped (%s)', (_what, carried) => {
    const header = detectHeader([['行政経営プラン 進捗管理表'], [], ...twoRows(carried), row()]);
    expect(header?.rowIndex).toBe(3);
    expect(header?.columns.status).toBe(STATUS);
    expect(header?.columns.progress).toBe(PROGRESS);
    expect(Object.keys(header!.columns)).toHaveLength(HEADERS.length);
    expect(header?.otherHeaders).toEqual([]);
  });

  it('validates the rows under it without false errors, and still checks progress', () => {
    const clean = validate([{ name: '進捗管理表', values: [...twoRows(true), row(), row({ 担当課: '総務課' })] }]);
    expect(rules(clean)).toEqual([]);
    expect(clean.rows.map((r) => [r.row, r.values.status, r.values.progress])).toEqual([
      [3, '実施中', 50],
      [4, '実施中', 50],
    ]);
    const conflict = validate([{ name: '進捗管理表', values: [...twoRows(false), row({ 進捗状況: '完了', 進捗率: 120 })] }]);
    expect(rules(conflict)).toEqual(['I3 out-of-range']);
  });

  it('does not join a one-row header with the data row under it', () => {
    const header = detectHeader([HEADERS, row({ 進捗状況: null, 進捗率: null, 備考: null })]);
    expect(header?.rowIndex).toBe(0);
  });

  it('is read so also when the mapping names its lower row', () => {
    const values = [['表題'], [], ['別の表', '事業名', '担当課', '年度'], ...twoRows(false), row({ 進捗状況: '完了', 進捗率: 120 })];
    const result = validateWorkbook({ sheets: [{ name: '進捗管理表', values }] }, DEFAULT_PLAN, {
      lang: 'ja',
      mappings: { 進捗管理表: { headerRow: 5 } },
    });
    expect(result.sheets[0]).toMatchObject({ name: '進捗管理表', tracker: true, headerRow: 5 });
    expect(rules(result)).toEqual(['I6 out-of-range']);
  });
});

const col = (i: number) => String.fromCharCode(65 + i);
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function twoRowHeaderXlsx(): Uint8Array {
  const [upper, lower] = twoRows(false);
  const cells = (values: CellValue[], r: number) =>
    values
      .map((v, i) =>
        v === null ? '' : typeof v === 'number' ? `<c r="${col(i)}${r}"><v>${v}</v></c>` : inline(`${col(i)}${r}`, String(v)),
      )
      .join('');
  const merges = HEADERS.map((_, i) => i)
    .filter((i) => i !== STATUS && i !== PROGRESS)
    .map((i) => `<mergeCell ref="${col(i)}1:${col(i)}2"/>`)
    .concat(`<mergeCell ref="${col(STATUS)}1:${col(PROGRESS)}1"/>`);
  const data = row({ 開始日: null, 終了日: null });
  return rawXlsx([
    {
      name: '進捗管理表',
      rows: `<row r="1">${cells(upper, 1)}</row><row r="2">${cells(lower, 2)}</row><row r="3">${cells(data, 3)}</row>`,
      after: `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`,
    },
  ]);
}

describe('a two-row header in an .xlsx file', () => {
  it('the reader carries the merged header texts into both rows', () => {
    const values = readXlsx(twoRowHeaderXlsx(), 'x.xlsx').sheets[0].data.values;
    expect(values[0][PROGRESS]).toBe('進捗');
    expect(values[1][0]).toBe('番号');
    expect(stackedHeaderRow(values[0], values[1])).toEqual(HEADERS);
  });

  it('plan-tracker validate finds no error in it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pt-two-row-')), 'two-row.xlsx');
    writeFileSync(file, twoRowHeaderXlsx());
    const run = await cli('validate', file, '--format', 'json');
    const out = JSON.parse(run.stdout);
    expect(out.issues).toEqual([]);
    expect(run.status).toBe(0);
    expect(out.sheets).toEqual([expect.objectContaining({ name: '進捗管理表', tracker: true, headerRow: 2 })]);
  });
});
