/** A tracker kept under the earlier plan, checked against the revised one with --previous-plan: plan-revision notes, not errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import type { Plan } from '../src/plan/types';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-revision-'));

/** The revised edition: the first measure dropped, initiative 1-1-3 gone and its measure moved to 2-1-1; codes are positions again. */
function revisedPlan(): unknown {
  const plan: Plan = JSON.parse(JSON.stringify(DEFAULT_PLAN));
  plan.policies[0].areas[0].initiatives[0].measures.splice(0, 1);
  const [gone] = plan.policies[0].areas[0].initiatives.splice(2, 1);
  plan.policies[1].areas[0].initiatives[0].measures.push(...gone.measures);
  const strip = (o: unknown): unknown =>
    Array.isArray(o)
      ? o.map(strip)
      : o && typeof o === 'object'
        ? Object.fromEntries(
            Object.entries(o)
              .filter(([k]) => k !== 'code')
              .map(([k, v]) => [k, strip(v)]),
          )
        : o;
  return { ...(strip(plan) as object), name: '行政経営プラン（改訂版）', period: { startYear: 2023, endYear: 2027 } };
}

describe('--previous-plan', () => {
  const template = join(dir, 'old-tracker.xlsx');
  const revised = join(dir, 'revised.json');
  const previous = join(dir, 'previous.json');

  beforeAll(async () => {
    writeFileSync(revised, JSON.stringify(revisedPlan()));
    writeFileSync(previous, JSON.stringify(DEFAULT_PLAN));
    expect((await cli('template', '-o', template, '--fiscal-year', '2025', '--department', '行政経営課')).status).toBe(0);
    // The department fills in every row, so each is checked (a row left as the template made it is only "not filled in").
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet('進捗管理表2025')!;
    let filled = 0;
    sheet.eachRow((row, n) => {
      if (n > 3 && row.getCell(7).value) {
        row.getCell(8).value = '実施中';
        row.getCell(9).value = 50;
        filled++;
      }
    });
    expect(filled).toBe(35);
    await book.xlsx.writeFile(template);
  });

  it('without it, the rows of moved measures are errors', async () => {
    const run = await cli('validate', template, '--plan', revised, '--format', 'json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).counts.error).toBeGreaterThan(0);
  });

  it('with it, each such row is one plan-revision note saying where the measure is now', async () => {
    const run = await cli('validate', template, '--plan', revised, '--previous-plan', previous, '--format', 'json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.counts.error).toBe(0);
    const notes = report.issues.filter((i: { rule: string }) => i.rule === 'plan-revision');
    expect(notes.every((i: { severity: string }) => i.severity === 'info')).toBe(true);
    expect(notes.every((i: { fix?: unknown }) => i.fix === undefined)).toBe(true);
    const byMeasure = (title: string) => notes.find((i: { value: string }) => i.value === title)?.message;
    expect(byMeasure('デジタル環境の構築')).toBe(
      '旧プランの事業です（旧プランの 1-1-3-1）（入力値: デジタル環境の構築）。現プランでは 2-1-1-4 デジタル環境の構築',
    );
    expect(byMeasure('職員による課題解決アプリの本格導入')).toBe(
      '旧プランの事業です（旧プランの 1-1-1-1）（入力値: 職員による課題解決アプリの本格導入）。現プランにはありません',
    );
    // Rows that did not move stay silent.
    expect(notes.some((i: { value: string }) => i.value === 'オープンデータの普及を促進します')).toBe(false);
    expect(report.issues.find((i: { value: string }) => i.value === '行政情報のオープンデータ化推進')).toBeUndefined();
  });
});
