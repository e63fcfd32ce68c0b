/**
 * The plan sheet 「プラン」 staff read and edit, and the newcomer's path with another city's plan:
 * import the plan document → check the plan sheet → fix what it reports → make a template → validate.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planInUse } from '../src/app/plan-in-use';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { planFromSheet } from '../src/plan/plan-sheet';
import { PlanSheetError } from '../src/plan/plan-table';
import { planTableSheet } from '../src/summary/plan-table-sheet';
import type { CellValue } from '../src/core/cell';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-plantable-'));
const MINATO = join(__dirname, 'fixtures', 'plan-minato.txt');

/** 1-based row of the measure table's header (方針番号 | 方針 …). */
const measureHeaderRow = (ws: ExcelJS.Worksheet) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === '方針番号' && ws.getCell(r, 2).value === '方針') return r;
  throw new Error('no measure table');
};

const issuesOf = (values: CellValue[][]) => {
  try {
    planFromSheet(values);
  } catch (error) {
    if (error instanceof PlanSheetError) return error.issues.map((i) => `${i.sheet}!${i.cell} ${i.problem.kind}`);
    throw error;
  }
  return [];
};

describe('the plan sheet', () => {
  it('holds every part of the plan and reads back as the same plan, in either language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const sheet = planTableSheet(DEFAULT_PLAN, lang);
      expect(planFromSheet(sheet.values as CellValue[][])).toEqual(DEFAULT_PLAN);
    }
    const headers = planTableSheet(DEFAULT_PLAN, 'ja').values.find((row) => row[0] === '方針番号' && row[1] === '方針');
    expect(headers!.slice(0, 8)).toEqual(['方針番号', '方針', '施策番号', '施策', '取組番号', '取組', '事業番号', '事業']);
  });

  it('reports each mistake with its cell: a measure without an initiative, a duplicate code, a period ending before it starts', () => {
    const values = planTableSheet(DEFAULT_PLAN, 'ja').values.map((row) => [...row]) as CellValue[][];
    const header = values.findIndex((row) => row[0] === '方針番号' && row[1] === '方針');
    const endRow = values.findIndex((row) => row[0] === '終了年度');
    values[endRow][1] = 2020;
    values[header + 2][4] = null; // 取組番号 and 取組 of measure 1-1-1-2
    values[header + 2][5] = null;
    values[header + 8][6] = values[header + 7][6]; // 1-2-1-2 numbered 1-2-1-1 again
    expect(issuesOf(values)).toEqual([
      `プラン!B${endRow + 1} end-before-start`,
      `プラン!F${header + 3} measure-without-initiative`,
      `プラン!G${header + 9} duplicate-code`,
    ]);
  });

  it('reports a code out of order, under another parent, and an empty title', () => {
    const values = planTableSheet(DEFAULT_PLAN, 'en').values.map((row) => [...row]) as CellValue[][];
    const header = values.findIndex((row) => row[0] === 'Policy no.' && row[1] === 'Policy');
    values[header + 1][7] = '';
    values[header + 4][6] = '1-2-1-1';
    expect(issuesOf(values)).toEqual([`Plan!H${header + 2} missing-title`, `Plan!G${header + 5} wrong-parent`]);
  });

  it('reports an area left without an initiative on its row', () => {
    const values = planTableSheet(DEFAULT_PLAN, 'ja').values.map((row) => [...row]) as CellValue[][];
    const header = values.findIndex((row) => row[0] === '方針番号' && row[1] === '方針');
    values.splice(header + 1, 5); // the rows of area 1-1
    values.splice(header + 1, 0, [
      '1',
      DEFAULT_PLAN.policies[0].title,
      '1-1',
      '働き方のDXと機能的な組織運営',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(issuesOf(values)).toEqual([`プラン!F${header + 2} area-without-initiative`]);
  });

  it('in the pane: a damaged one is named cell by cell and the default plan used; a good one says where the period comes from', () => {
    const values = planTableSheet(DEFAULT_PLAN, 'ja').values.map((row) => [...row]) as CellValue[][];
    const good = planInUse({ sheets: [], planSheet: values }, DEFAULT_PLAN);
    expect(good.source).toBe('workbook');
    expect(good.periodCells).toEqual({ sheet: 'プラン', start: 'B5', end: 'B6' });
    values[5][1] = 2020;
    const bad = planInUse({ sheets: [], planSheet: values }, DEFAULT_PLAN);
    expect(bad.source).toBe('default');
    expect(bad.sheetProblem).toBe('プラン!B6: 終了年度 2020 が開始年度 2023 より前です');
  });
});

describe("a newcomer with another city's plan document", () => {
  it('imports it, checks the plan sheet, fixes the line reported, makes a template and validates a filled tracker', async () => {
    // 1. Import the plan document as a plan sheet.
    const planBook = join(dir, 'minato-plan.xlsx');
    const imported = await cli('plan', 'import', MINATO, '-o', planBook);
    expect(imported.status).toBe(0);
    expect((await cli('plan', '--plan', planBook)).stdout).toContain('方針 4・施策 6・取組 8・事業 13');

    // 2. Staff edit the plan sheet and slip: the second measure loses its initiative.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(planBook);
    const ws = wb.getWorksheet('プラン')!;
    const header = measureHeaderRow(ws);
    const initiative = ws.getCell(header + 2, 6).value;
    ws.getCell(header + 2, 5).value = null;
    ws.getCell(header + 2, 6).value = null;
    await wb.xlsx.writeFile(planBook);
    const checked = await cli('plan', '--plan', planBook);
    expect(checked.status).toBe(2);
    expect(checked.stderr).toContain(`プラン!F${header + 2}: 事業がありますが取組がありません`);

    // A template made from such a plan is refused, not made from the default plan in its place.
    expect((await cli('template', '-o', join(dir, 'refused.xlsx'), '--plan', planBook)).status).toBe(2);

    // 3. Fix the line.
    ws.getCell(header + 2, 5).value = '1-1-1';
    ws.getCell(header + 2, 6).value = initiative;
    await wb.xlsx.writeFile(planBook);
    expect((await cli('plan', '--plan', planBook)).status).toBe(0);

    // 4. A template from the plan sheet, filled in by a department.
    const trackerBook = join(dir, 'minato-tracker.xlsx');
    const made = await cli('template', '-o', trackerBook, '--plan', planBook, '--fiscal-year', '2025', '--department', '窓口課');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('事業 13行');
    const tracker = new ExcelJS.Workbook();
    await tracker.xlsx.readFile(trackerBook);
    const sheet = tracker.getWorksheet('進捗管理表2025')!;
    sheet.getCell('H4').value = '実施中';
    sheet.getCell('I4').value = 40;
    sheet.getCell('H5').value = '済み'; // not one of the statuses
    await tracker.xlsx.writeFile(trackerBook);

    // 5. Validate: against the workbook's own plan sheet, with the mistake found.
    const run = await cli('validate', trackerBook, '--format', 'json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const findings = report.issues.map((i: { cell: string; rule: string }) => `${i.cell} ${i.rule}`);
    // The rows the department has not touched yet are listed as not filled in, and nothing else is reported.
    expect(findings.filter((f: string) => !f.endsWith(' not-filled-in'))).toEqual(['H5 invalid-choice']);
    expect(findings.filter((f: string) => f.endsWith(' not-filled-in'))).toHaveLength(11);
    const text = await cli('validate', trackerBook);
    expect(text.stdout).toContain('プラン: ブック内のプランシート（港北市行政改革大綱）');

    // The plan sheet of the tracker, damaged, stops validate rather than falling back to the default plan.
    const planSheet = tracker.getWorksheet('プラン')!;
    planSheet.getCell(measureHeaderRow(planSheet) + 1, 7).value = '1-1-1-2';
    await tracker.xlsx.writeFile(trackerBook);
    const stopped = await cli('validate', trackerBook);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain(
      `プラン!G${measureHeaderRow(planSheet) + 1}: 事業番号 1-1-1-2 は順番どおりではありません（ここは 1-1-1-1 のはずです）`,
    );
  });
});
