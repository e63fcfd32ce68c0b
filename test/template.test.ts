/** plan-tracker template: a tracker that validates clean when fresh and shows the mistakes a user then makes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planFromSheet } from '../src/plan/plan-sheet';
import { sheetData } from '../src/workbook/exceljs-values';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { planCounts } from '../src/plan/plan-tree';
import { FIELD_IDS, FIELDS } from '../src/tracker/fields';
import { templateWorkbookSpec, defaultFiscalYear, TEMPLATE_HEADER_ROW } from '../src/summary/template';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-template-'));
let n = 0;
const newPath = () => join(dir, `template-${++n}.xlsx`);
const col = (field: (typeof FIELD_IDS)[number]) => FIELD_IDS.indexOf(field) + 1;

async function validateJson(path: string) {
  const run = await cli('validate', path, '--format', 'json');
  return { status: run.status, ...JSON.parse(run.stdout) };
}

describe('plan-tracker template', () => {
  it('lays out one row per measure under the canonical headers, with drop-downs, frozen header and the visible plan sheet', async () => {
    const path = newPath();
    const run = await cli('template', '-o', path, '--fiscal-year', '2025', '--department', '行政経営課');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('進捗管理表2025');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('進捗管理表2025')!;
    expect(String(ws.getCell('A1').value)).toContain('2025年度');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(FIELD_IDS.map((f) => FIELDS[f].ja));
    const measures = planCounts(DEFAULT_PLAN).measure;
    const ids: unknown[] = [];
    ws.eachRow((r, i) => i > 3 && r.getCell(col('id')).value !== null && ids.push(r.getCell(col('id')).value));
    expect(ids).toHaveLength(measures);
    expect(ws.getRow(4).getCell(col('id')).value).toBe('1-1-1-1');
    expect(ws.getRow(4).getCell(col('measure')).value).toBe(DEFAULT_PLAN.policies[0].areas[0].initiatives[0].measures[0].title);
    expect(ws.getRow(3 + measures).getCell(col('fiscalYear')).value).toBe(2025);
    expect(ws.getRow(4).getCell(col('department')).value).toBe('行政経営課');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(Math.round(ws.getColumn(col('measure')).width!)).toBe(41); // 40 characters plus Excel's cell padding

    const validations = (ws as any).dataValidations.model as Record<string, any>;
    const statusRule = Object.entries(validations).find(([ref]) => ref.startsWith('H4'))![1];
    expect(statusRule).toMatchObject({ type: 'list', formulae: ['"未着手,検討中,実施中,完了,延期,中止"'] });
    const yearRule = Object.entries(validations).find(([ref]) => ref.startsWith('G4'))![1];
    expect(yearRule.formulae).toEqual(['"2023,2024,2025,2026,2027"']);
    const progressRule = Object.entries(validations).find(([ref]) => ref.startsWith('I4'))![1];
    expect(progressRule).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(Object.entries(validations).find(([ref]) => ref.startsWith('N4'))![1].formulae).toEqual(['"A,B,C,D"']);

    const planSheet = wb.getWorksheet('プラン')!;
    expect(planSheet.state).toBe('visible');
    expect(planSheet.getCell('A1').value).toBe('プラン（進捗管理表はこのシートのプランで検証します）');
    expect(planFromSheet(sheetData(planSheet).values)).toEqual(DEFAULT_PLAN);
  });

  it('validates without an error when fresh, listing every row as not filled in (status left blank, not prefilled)', async () => {
    const path = newPath();
    await cli('template', '-o', path, '--fiscal-year', '2024', '--department', 'デジタル行政戦略課');
    const result = await validateJson(path);
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 35 });
    expect(new Set(result.issues.map((i: any) => `${i.rule} ${i.field} ${i.value}`))).toEqual(new Set(['not-filled-in status null']));
    expect(result.issues[0].cell).toBe(`H${TEMPLATE_HEADER_ROW + 1}`);
    expect(result.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    for (let r = TEMPLATE_HEADER_ROW + 1; r <= TEMPLATE_HEADER_ROW + 35; r++) {
      expect(ws.getCell(r, col('status')).value).toBeNull();
      expect(ws.getCell(r, col('progress')).value).toBeNull();
      expect(ws.getCell(r, col('department')).value).toBe('デジタル行政戦略課');
    }
    expect(ws.getCell(TEMPLATE_HEADER_ROW + 1, col('status')).dataValidation?.type).toBe('list');
  });

  it('without a department, is checked like any tracker: rows listed as not filled in, a started row asked for its department', async () => {
    const path = newPath();
    await cli('template', '-o', path, '--fiscal-year', '2024');
    const fresh = await validateJson(path);
    expect(fresh.counts).toEqual({ error: 0, warning: 0, info: 35 });
    expect(fresh.status).toBe(0);
    // A user starts one row (status and progress) without their department.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    const first = TEMPLATE_HEADER_ROW + 1;
    ws.getCell(`H${first}`).value = '実施中';
    ws.getCell(`I${first}`).value = 30;
    await wb.xlsx.writeFile(path);
    const started = await validateJson(path);
    expect(started.issues.filter((i: any) => i.rule !== 'not-filled-in').map((i: any) => `${i.cell} ${i.rule} ${i.field}`)).toEqual([
      `F${first} missing-required department`,
    ]);
    expect(started.counts.info).toBe(34);
    expect(planCounts(DEFAULT_PLAN).measure).toBe(35);
  });

  it('finds what a user then gets wrong, at the cells they typed', async () => {
    const path = newPath();
    await cli('template', '-o', path, '--fiscal-year', '2025', '--department', '行政経営課');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('進捗管理表2025')!;
    ws.getRow(4).getCell(col('status')).value = '実施';
    ws.getRow(5).getCell(col('status')).value = '実施中';
    ws.getRow(5).getCell(col('progress')).value = 150;
    ws.getRow(6).getCell(col('status')).value = '検討中';
    ws.getRow(6).getCell(col('department')).value = null;
    ws.getRow(7).getCell(col('status')).value = '検討中';
    ws.getRow(7).getCell(col('fiscalYear')).value = 2030;
    ws.getRow(8).getCell(col('status')).value = '完了';
    ws.getRow(8).getCell(col('progress')).value = 60;
    ws.getRow(9).getCell(col('status')).value = '実施中';
    ws.getRow(9).getCell(col('evaluation')).value = 'E';
    ws.getRow(10).getCell(col('status')).value = '実施中';
    ws.getRow(10).getCell(col('progress')).value = '５０％';
    ws.getRow(10).getCell(col('target')).value = 10;
    ws.getRow(10).getCell(col('actual')).value = 4;
    await wb.xlsx.writeFile(path);
    const result = await validateJson(path);
    // The seven rows typed in are checked; the 28 untouched ones are listed as not filled in.
    expect(result.issues.filter((i: any) => i.rule === 'not-filled-in')).toHaveLength(28);
    expect(
      result.issues
        .filter((i: any) => i.rule !== 'not-filled-in')
        .map((i: any) => `${i.cell} ${i.rule}`)
        .sort(),
    ).toEqual(
      [
        'H4 invalid-choice',
        'I5 out-of-range',
        'F6 missing-required',
        'G7 fiscal-year-outside-plan',
        'I8 status-progress-conflict',
        'N9 invalid-choice',
      ].sort(),
    );
    expect(result.status).toBe(1);
  });

  it('refuses a fiscal year outside the plan period and an existing file without --force', async () => {
    const outside = await cli('template', '-o', newPath(), '--fiscal-year', '2030');
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('2023〜2027');
    const existing = newPath();
    writeFileSync(existing, 'x');
    expect((await cli('template', '-o', existing)).status).toBe(2);
    expect((await cli('template', '-o', existing, '--force', '--lang', 'en')).status).toBe(0);
  });

  it('defaults to this fiscal year, kept within the plan period', () => {
    expect(defaultFiscalYear(DEFAULT_PLAN, new Date(2025, 2, 31))).toBe(2024);
    expect(defaultFiscalYear(DEFAULT_PLAN, new Date(2025, 3, 1))).toBe(2025);
    expect(defaultFiscalYear(DEFAULT_PLAN, new Date(2040, 5, 1))).toBe(2027);
    const spec = templateWorkbookSpec(DEFAULT_PLAN, { lang: 'en', today: new Date(2026, 4, 1) });
    expect(spec.sheets[0].name).toBe('Tracker FY2026');
    expect(spec.sheets[0].values[2][0]).toBe('番号');
  });
});
