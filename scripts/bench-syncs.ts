/**
 * Sync counts per add-in action, measured by running the real Office.js adapter and the pane's
 * actions on the strict Excel fake (which counts every context.sync()) at two tracker sizes; the
 * read also on the same trackers with formulas (subtotal rows found by them, ExcelApi 1.9).
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

/** Formulas in the tracker: none, a SUBTOTAL row (no label) every 50 rows, or one in every row (備考). */
type Formulas = 'none' | 'subtotalRows' | 'everyRow';

const SUBTOTAL_EVERY = 50;

function trackerOffice(rows: number, formulas: Formulas) {
  const office = createFakeOffice(9);
  const sample = sampleTracker(DEFAULT_PLAN, { minRows: rows, fiscalYears: [2023, 2024, 2025] });
  const values = sample.rows.map((r) => r.map((v) => sampleCellValue(v)));
  const cell = (r: number, c: number): unknown => {
    if (formulas === 'subtotalRows' && r > SUBTOTAL_EVERY && r % SUBTOTAL_EVERY === 0) {
      const column = c === 10 ? 'K' : c === 11 ? 'L' : null; // 目標値, 実績値
      return column ? `=SUBTOTAL(9,${column}${r - SUBTOTAL_EVERY + 2}:${column}${r})` : '';
    }
    if (formulas === 'everyRow' && c === 17 && r > 3) return `=IF(H${r + 1}="完了","済","")`;
    return values[r]?.[c] ?? '';
  };
  office.model.addSheet('進捗管理表').generated = {
    origin: { row: 0, column: 0 },
    rows: values.length,
    columns: 18,
    cell: (r, c) => ({ value: cell(r, c) as never, format: 'General' }),
  };
  return office;
}

async function measure(rows: number): Promise<Record<string, number>> {
  const office = trackerOffice(rows, 'none');
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
  for (const [formulas, action] of [
    ['subtotalRows', `read and validate, a SUBTOTAL row (no label) every ${SUBTOTAL_EVERY} rows`],
    ['everyRow', 'read and validate, a formula in every row'],
  ] as const) {
    const withFormulas = trackerOffice(rows, formulas);
    await loadWorkbookState(createOfficeHost({ environment: withFormulas.environment }), DEFAULT_PLAN, 'ja');
    counts[action] = withFormulas.contexts.reduce((n, c) => n + c.syncs.length, 0);
  }
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
