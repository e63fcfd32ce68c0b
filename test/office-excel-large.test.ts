/**
 * The 5 MB limit of Excel on the web (office-excel-behaviour.test.ts, part 2) on trackers of 20,000
 * and 100,000 rows: every read and write of "build summary" under the limit, syncs following bytes.
 * Part of `npm test`; left out of `npm run test:unit` for its size (about half a minute of CPU).
 */
import { buildSummaryAction, loadWorkbookState } from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleCellValue, sampleTracker } from '../src/sample/sample-tracker';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { REQUEST_BUDGET_BYTES } from '../src/workbook/office/request-budget';
import { PAYLOAD_LIMIT_BYTES, createFakeOffice, type FakeOffice } from './support/strict-excel-fake';

const host = (office: Pick<FakeOffice, 'environment'>) => createOfficeHost({ environment: office.environment });

/** A tracker of about `rows` rows held the way Excel holds it, generated on demand. */
function largeTracker(office: FakeOffice, rows: number): void {
  const sample = sampleTracker(DEFAULT_PLAN, { minRows: rows, fiscalYears: [2023, 2024, 2025] });
  const values = sample.rows.map((r) => r.map((v) => sampleCellValue(v)));
  office.model.addSheet('進捗管理表').generated = {
    origin: { row: 0, column: 0 },
    rows: values.length,
    columns: 18,
    cell: (r, c) => {
      const v = values[r]?.[c];
      return { value: (v instanceof Date ? 45000 + r : (v ?? '')) as never, format: 'General' };
    },
  };
}

describe('2. every read and write stays under the 5 MB Excel on the web allows per request and per response', () => {
  const cases = [20_000, 100_000];
  test.each(cases)(
    'build summary on a %i-row tracker: every sync under the limit, syncs follow bytes, not rows',
    async (rows) => {
      const office = createFakeOffice(9);
      largeTracker(office, rows);
      const h = host(office);
      const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
      expect(state.workbook.sheets[0].values.length).toBeGreaterThanOrEqual(rows);
      for (const context of office.contexts)
        for (const sync of context.syncs) expect(sync.payloadBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);

      const before = office.contexts.length;
      const written = await buildSummaryAction(h, state.result, DEFAULT_PLAN, { lang: 'ja' });
      expect(written.sheetNames.length).toBeGreaterThan(2);
      const syncs = office.contexts.slice(before).flatMap((c) => c.syncs);
      const requested = syncs.reduce((n, s) => n + s.requestBytes, 0);
      for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(requested).toBeGreaterThan(PAYLOAD_LIMIT_BYTES); // the whole write would not fit one request
      // Bounded by data size: a handful of fixed syncs per call plus one per budget of bytes.
      expect(syncs.length).toBeLessThanOrEqual(12 + 2 * Math.ceil(requested / REQUEST_BUDGET_BYTES));
      const rowsSheet = written.sheetNames.map((name) => office.model.sheet(name)!).find((sheet) => (sheet.usedBox()?.rows ?? 0) > rows);
      expect(rowsSheet).toBeDefined();
      expect(office.model.sheets.some((s) => s.name.startsWith('~PT'))).toBe(false);
    },
    300_000,
  );
});
