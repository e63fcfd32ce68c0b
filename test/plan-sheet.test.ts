/** A plan kept in the workbook itself: the template's plan sheet is used when --plan is not given. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isPlanSheet, planFromSheet } from '../src/plan/plan-sheet';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { templateWorkbookSpec } from '../src/summary/template';
import { cli } from './support/cli';
import { machinePlanSheet } from './support/machine-plan-sheet';

const dir = mkdtempSync(join(tmpdir(), 'pt-plansheet-'));
const otherPlan = {
  name: '別市 行政改革プラン',
  period: { startYear: 2030, endYear: 2034 },
  policies: [
    {
      title: '窓口を変える',
      areas: [
        { title: '書かない窓口', initiatives: [{ title: '申請をデジタルにします', measures: ['オンライン申請の拡大', '窓口予約の導入'] }] },
      ],
    },
  ],
};

describe('the plan sheet', () => {
  it('holds the plan the template was made from, visible, and gives it back', () => {
    const planSheet = templateWorkbookSpec(DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2025 }).sheets[1];
    expect(planSheet.name).toBe('プラン');
    expect(planSheet.hidden).toBeUndefined();
    expect(isPlanSheet(planSheet.values as never)).toBe(true);
    expect(planFromSheet(planSheet.values as never)).toEqual(DEFAULT_PLAN);
  });

  it('of an earlier template (the hidden machine copy) is still read', () => {
    const legacy = machinePlanSheet(DEFAULT_PLAN, 'ja');
    expect(legacy.hidden).toBe(true);
    expect(isPlanSheet(legacy.values as never)).toBe(true);
    expect(planFromSheet(legacy.values as never)).toEqual(DEFAULT_PLAN);
  });

  it('is what validate checks against when no --plan is given', async () => {
    const planFile = join(dir, 'other.json');
    writeFileSync(planFile, JSON.stringify(otherPlan));
    const template = join(dir, 'other-template.xlsx');
    expect((await cli('template', '-o', template, '--plan', planFile, '--department', '窓口課')).status).toBe(0);
    // The department fills in its two rows (a row left as the template made it is not checked).
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(template);
    for (const r of [4, 5]) filled.worksheets[0].getCell(`H${r}`).value = '実施中';
    await filled.xlsx.writeFile(template);

    const run = await cli('validate', template);
    expect(run.stdout).toContain('プラン: ブック内のプランシート（別市 行政改革プラン）');
    expect(run.status).toBe(0);
    const json = JSON.parse((await cli('validate', template, '--format', 'json')).stdout);
    expect(json.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(json.sheets.filter((s: any) => s.tracker)[0].rowCount).toBe(2);

    // Checked against the default plan instead (--plan wins): the codes exist there, but name other
    // measures, and the years are outside its period.
    const defaultPlan = join(dir, 'default.json');
    writeFileSync(defaultPlan, JSON.stringify(DEFAULT_PLAN));
    const forced = JSON.parse((await cli('validate', template, '--format', 'json', '--plan', defaultPlan)).stdout);
    expect(new Set(forced.issues.map((i: any) => i.rule))).toEqual(new Set(['hierarchy-mismatch', 'fiscal-year-outside-plan']));
  });

  it('answers a damaged hidden plan sheet with status 2 and the path inside the plan', async () => {
    const template = join(dir, 'damaged.xlsx');
    await cli('template', '-o', template, '--department', '行政経営課', '--fiscal-year', '2025');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    wb.removeWorksheet(wb.getWorksheet('プラン')!.id);
    const sheet = wb.addWorksheet('プラン', { state: 'hidden' });
    sheet.getCell('A1').value = machinePlanSheet(DEFAULT_PLAN, 'ja').values[0][0];
    sheet.getCell('A2').value = '{"name": "x", "period": {"startYear": 2023, "endYear": 2027}, "policies": []}';
    await wb.xlsx.writeFile(template);
    const run = await cli('validate', template);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/plan sheet is not a valid plan: policies: expected at least 1 item/);
  });
});
