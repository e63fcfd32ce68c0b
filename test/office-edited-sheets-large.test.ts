/**
 * The edited-sheet check on a large summary: its read-back stays within Excel's response limit.
 * Kept apart from test/office-edited-sheets.test.ts because it takes seconds; `npm test` runs it,
 * `npm run test:unit` leaves it out (its name says large).
 */
import { buildSummaryAction, loadWorkbookState } from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { MAX_BANDS } from '../src/workbook/sheet-fingerprint';
import { createFakeOffice, type FakeOffice } from './support/strict-excel-fake';
import { putSampleTracker } from './support/office-tracker';

const host = (office: Pick<FakeOffice, 'environment'>) => createOfficeHost({ environment: office.environment });

async function build(office: Pick<FakeOffice, 'environment'>): Promise<void> {
  const h = host(office);
  const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
  await buildSummaryAction(h, state.result, state.plan.plan, { lang: 'ja' });
}

test('a 5,000-row summary is checked in reads within the response limit (retried as halves when refused), in syncs that follow the bytes', async () => {
  const office = createFakeOffice(9);
  office.model.payloadLimit = 1_000_000; // a fifth of Excel on the web's, so 5,000 rows need several reads
  putSampleTracker(office, sampleTracker(DEFAULT_PLAN, { minRows: 5_000, fiscalYears: [2023, 2024, 2025] }));
  await build(office);
  const rows = office.model.sheet('読取結果')!;
  rows.put('D500', [['手で書き換え']]);
  const h = host(office);
  const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
  const from = office.contexts.length;
  const asked = await buildSummaryAction(h, state.result, state.plan.plan, { lang: 'ja', whenEdited: 'ask' });
  const band = Math.ceil(rows.usedBox()!.rows / MAX_BANDS);
  expect(asked.needsConfirmation).toEqual([
    { name: '読取結果', rows: { first: Math.floor(499 / band) * band + 1, last: (Math.floor(499 / band) + 1) * band } },
  ]);
  const syncs = office.contexts.slice(from).flatMap((c) => c.syncs);
  // Refused for their size and asked again as halves (each halving counted), the rest in budget-sized reads.
  expect(syncs.filter((sync) => sync.payloadBytes > office.model.payloadLimit).length).toBeLessThanOrEqual(2);
  expect(syncs.length).toBeLessThan(12);
}, 30_000);
