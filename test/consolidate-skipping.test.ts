/** consolidate skips a file that fails for any reason (damaged, beyond limits, odd cells) and consolidates the rest. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { addSampleSheet } from '../src/workbook/exceljs-writer';
import { cli } from './support/cli';
import { rawXlsx } from './support/raw-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'pt-skip-'));

it('a damaged file and one beyond the grid are skipped; a date cell holding 1e12 is an invalid date, not a crash', async () => {
  const sample = sampleTracker(DEFAULT_PLAN);
  const good = join(dir, 'good.xlsx');
  const wb = new ExcelJS.Workbook();
  addSampleSheet(wb, sample);
  await wb.xlsx.writeFile(good);

  const oddDates = join(dir, 'odd-dates.xlsx');
  const wb2 = new ExcelJS.Workbook();
  const ws = addSampleSheet(wb2, sample);
  // 開始日 (column P) of the first data row: a huge serial under a date format.
  ws.getCell(4, 16).value = 1e12;
  ws.getCell(4, 16).numFmt = 'yyyy/m/d';
  await wb2.xlsx.writeFile(oddDates);

  const damaged = join(dir, 'damaged.xlsx');
  const bytes = readFileSync(good);
  writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const beyond = join(dir, 'beyond.xlsx');
  writeFileSync(beyond, rawXlsx([{ name: 'S', rows: '<row r="2000000"><c><v>1</v></c></row>' }]));

  const run = await cli('consolidate', good, damaged, oddDates, beyond, '-o', join(dir, 'all.xlsx'), '--format', 'json', '--lang', 'en');
  expect(run.stderr).toBe('');
  // Written from the readable files, with status 1 because two inputs could not be read.
  expect(run.status).toBe(1);
  const json = JSON.parse(run.stdout);
  const outcome = Object.fromEntries(
    json.sources.map((s: { source: string; failure?: string }) => [s.source, s.failure ? s.failure.replace(/^.*? \/ /, '') : 'ok']),
  );
  expect(outcome).toEqual({
    'good.xlsx': 'ok',
    'damaged.xlsx': expect.stringMatching(/^cannot read .* \(damaged or truncated\)/),
    'odd-dates.xlsx': 'ok',
    'beyond.xlsx': expect.stringMatching(/^sheet "S" .* beyond Excel's grid/),
  });
  const validated = await cli('validate', oddDates, '--format', 'json');
  expect(JSON.parse(validated.stdout).issues.some((i: { cell: string; rule: string }) => i.cell === 'P4')).toBe(true);
});
