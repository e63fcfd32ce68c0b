/**
 * A tracker written by another program: LibreOffice Calc converts a CSV of the sample tracker to
 * .xlsx (its own dates, percent cells, shared strings), and validate must find the same problems.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker, type SampleValue } from '../src/sample/sample-tracker';
import { a1 } from '../src/core/a1';
import { cli } from './support/cli';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('CI must install libreoffice-calc-nogui (soffice not found)');
const maybe = hasSoffice ? describe : describe.skip;

/** CSV text as staff would export it: dates as 2024/4/1, percent cells as 80%. */
function csvCell(v: SampleValue): string {
  let text: string;
  if (v instanceof Date) text = `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
  else if (v !== null && typeof v === 'object') text = v.numFmt?.includes('%') ? `${Math.round(Number(v.value) * 100)}%` : String(v.value);
  else text = v === null ? '' : String(v);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

maybe('a tracker written by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-lo-'));
  const sample = sampleTracker(DEFAULT_PLAN);
  const xlsx = join(dir, 'tracker.xlsx');

  beforeAll(() => {
    const csv = join(dir, 'tracker.csv');
    writeFileSync(csv, sample.rows.map((r) => r.map(csvCell).join(',')).join('\n'));
    // UTF-8, first line 1, column 1 (codes) as text, Japanese locale, detect special numbers (dates, %).
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--infilter=CSV:44,34,76,1,1/2,1041,false,true',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        csv,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    expect(existsSync(xlsx)).toBe(true);
  });

  it('holds real date and percent cells, as Calc typed them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    expect(ws.getCell('P4').value).toBeInstanceOf(Date);
    const percent = sample.planted.find((p) => p.rule === 'status-progress-conflict')!;
    expect(ws.getCell(a1(percent.row, 9)).value).toBeCloseTo(0.8);
    expect(ws.getCell(a1(percent.row, 9)).numFmt).toContain('%');
  });

  it('reports each planted problem at its cell and nothing on clean rows', async () => {
    const run = await cli('validate', xlsx, '--format', 'json');
    const columns: Record<string, number> = {
      status: 8,
      progress: 9,
      department: 6,
      fiscalYear: 7,
      end: 17,
      target: 11,
      attitudes: 15,
      evaluation: 14,
      policy: 2,
      initiative: 4,
      measure: 5,
      actual: 12,
    };
    const found = JSON.parse(run.stdout)
      .issues.map((i: any) => `${i.cell} ${i.rule}`)
      .sort();
    expect(found).toEqual(sample.planted.map((p) => `${a1(p.row, columns[p.field])} ${p.rule}`).sort());
    expect(run.status).toBe(1);
  });
});
