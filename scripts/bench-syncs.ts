/**
 * Sync counts per add-in action, measured by running the real Office.js adapter and the pane's
 * actions on the strict Excel fake (which counts every context.sync()) at two tracker sizes.
 * Bundled by scripts/bench.js with esbuild; prints JSON.
 */
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker, sampleCellValue } from '../src/sample/sample-tracker';
import { buildSummaryAction, highlightAction, clearHighlightsAction, loadWorkbookState } from '../src/app/actions';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice } from '../test/support/strict-excel-fake';

interface Row {
  action: string;
  small: number;
  large: number;
}

async function measure(rows: number): Promise<Record<string, number>> {
  const office = createFakeOffice(9);
  const sample = sampleTracker(DEFAULT_PLAN, { minRows: rows, fiscalYears: [2023, 2024, 2025] });
  const values = sample.rows.map((r) => r.map((v) => sampleCellValue(v)));
  office.model.addSheet('進捗管理表').generated = {
    origin: { row: 0, column: 0 },
    rows: values.length,
    columns: 18,
    cell: (r, c) => ({ value: (values[r]?.[c] ?? '') as never, format: 'General' }),
  };
  const host = createOfficeHost({ environment: office.environment });
  const counts: Record<string, number> = {};
  const count = async (name: string, action: () => Promise<unknown>) => {
    const before = office.contexts.reduce((n, c) => n + c.syncs.length, 0);
    await action();
    counts[name] = office.contexts.reduce((n, c) => n + c.syncs.length, 0) - before;
  };
  let state!: Awaited<ReturnType<typeof loadWorkbookState>>;
  await count('read and validate', async () => (state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja')));
  const issue = state.result.issues[0];
  await count('select a cell', () => host.selectCell({ sheet: issue.sheet, cell: issue.cell }));
  await count('highlight issues', () => highlightAction(host, state.result.issues));
  await count('clear highlights', () => clearHighlightsAction(host));
  await count('build summary sheets and charts', () => buildSummaryAction(host, state.result, DEFAULT_PLAN, { lang: 'ja' }));
  return counts;
}

async function main() {
  const small = await measure(2_000);
  const large = await measure(20_000);
  const rows: Row[] = Object.keys(large).map((action) => ({ action, small: small[action], large: large[action] }));
  process.stdout.write(JSON.stringify({ actions: rows }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
