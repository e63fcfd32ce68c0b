import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { readWorkbookFile } from '../src/workbook/exceljs-reader';
import { HEADERS, row, sheet, dataRow } from './support/tracker';

describe("a user's mapping", () => {
  const tracker = sheet('進捗管理表', [row(), row({ 年度: 2025 })]);

  it('leaves out an excluded sheet', () => {
    const result = validateWorkbook({ sheets: [tracker] }, DEFAULT_PLAN, { mappings: { 進捗管理表: { excluded: true } } });
    expect(result.trackers).toHaveLength(0);
    expect(result.sheets).toEqual([{ name: '進捗管理表', tracker: false }]);
  });

  it('moves a field to another column and drops one', () => {
    // The user says 備考 (column R) holds the department and the 指標 column is not the KPI.
    const values = [...tracker.values];
    values[dataRow(0) - 1] = row({ 担当課: null, 備考: '行政経営課' });
    values[dataRow(1) - 1] = row({ 担当課: null, 備考: '行政経営課', 年度: 2025 });
    const result = validateWorkbook({ sheets: [{ ...tracker, values }] }, DEFAULT_PLAN, {
      mappings: { 進捗管理表: { columns: { department: 18, notes: null, kpi: null } } },
    });
    expect(result.sheets[0].columns).toMatchObject({ department: 'R' });
    expect(result.sheets[0].columns).not.toHaveProperty('notes');
    expect(result.sheets[0].columns).not.toHaveProperty('kpi');
    expect(result.issues).toEqual([]);
    expect(result.rows[0].values.department).toBe('行政経営課');
    expect(result.rows[0].values.kpi).toBeNull();
  });

  it('takes a header row the detection would not find', () => {
    const odd = {
      name: '独自様式',
      values: [
        ['No', '内容', '課', 'とし', '状態'],
        ['1-2-1-1', '行政情報のオープンデータ化推進', '行政経営課', 2024, '実施中'],
      ],
    };
    expect(validateWorkbook({ sheets: [odd] }, DEFAULT_PLAN).trackers).toHaveLength(0);
    const result = validateWorkbook({ sheets: [odd] }, DEFAULT_PLAN, {
      mappings: { 独自様式: { headerRow: 1, columns: { measure: 2, department: 3, fiscalYear: 4, status: 5 } } },
    });
    expect(result.sheets[0]).toMatchObject({
      tracker: true,
      headerRow: 1,
      columns: { id: 'A', measure: 'B', department: 'C', fiscalYear: 'D', status: 'E' },
    });
    expect(result.issues).toEqual([]);
  });
});

describe('a sheet whose used range does not start at A1', () => {
  it('reports cells at their real addresses', () => {
    const s = sheet('進捗管理表', [row({ 進捗状況: '実施' })], { title: false });
    const result = validateWorkbook({ sheets: [{ ...s, origin: { row: 4, column: 2 } }] }, DEFAULT_PLAN);
    // Header at sheet row 5, data at row 6; status is the 8th column from C → J.
    expect(result.sheets[0]).toMatchObject({ headerRow: 5 });
    expect(result.issues.map((i) => i.cell)).toEqual(['J6']);
  });
});

describe('merged cells', () => {
  it('carries a vertically merged policy, area and initiative to every row they cover', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('進捗管理表');
    ws.addRow(['令和6年度 進捗管理表']);
    ws.mergeCells('A1:R1');
    ws.addRow([]);
    ws.addRow(HEADERS);
    ws.addRow(row({ 番号: null, 事業名: '行政情報のオープンデータ化推進' }));
    ws.addRow(row({ 番号: null, 方針: null, 施策: null, 取組: null, 事業名: 'バス停データの公開' }));
    ws.addRow(row({ 番号: null, 方針: null, 施策: null, 取組: null, 事業名: '人流データを活用した商店街の動態調査・分析' }));
    ws.mergeCells('B4:B6');
    ws.mergeCells('C4:C6');
    ws.mergeCells('D4:D6');
    const file = join(mkdtempSync(join(tmpdir(), 'pt-merge-')), 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const result = validateWorkbook(await readWorkbookFile(file), DEFAULT_PLAN);
    expect(result.rows.map((r) => [r.values.initiative, r.placement.initiativeCode, r.placement.measureCode ?? null])).toEqual([
      ['オープンデータの普及を促進します', '1-2-1', '1-2-1-1'],
      ['オープンデータの普及を促進します', '1-2-1', null],
      ['オープンデータの普及を促進します', '1-2-1', '1-2-1-2'],
    ]);
    expect(result.issues.map((i) => `${i.cell} ${i.rule}`)).toEqual(['E5 unlisted-measure']);
  });
});
