/** A 20,000-row tracker: every row read, placed and checked; only the planted problems reported. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { readWorkbookFile } from '../src/workbook/exceljs-reader';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';

it('validates a generated 20,000-row tracker', async () => {
  const sample = sampleTracker(DEFAULT_PLAN, { minRows: 20_000, fiscalYears: [2023, 2024, 2025] });
  const file = join(mkdtempSync(join(tmpdir(), 'pt-large-')), 'large.xlsx');
  await writeSampleWorkbook(file, [sample]);
  const result = validateWorkbook(await readWorkbookFile(file), DEFAULT_PLAN);
  expect(result.rows.length).toBe(sample.rows.length - sample.headerRow);
  expect(result.rows.length).toBeGreaterThanOrEqual(20_000);
  expect(result.rows.every((r) => r.placement.initiativeCode !== undefined || r.placement.unknownField)).toBe(true);
  expect(result.issues.map((i) => `${i.row} ${i.rule}`).sort()).toEqual(sample.planted.map((p) => `${p.row} ${p.rule}`).sort());
});
