/// <reference types="office-js" />
/**
 * The self-check (動作確認): every Office.js capability the add-in relies on, exercised on a
 * temporary sheet of the user's own Excel, each reported passed / failed (with Excel's error) /
 * skipped (the host lacks the set). This is how the behaviour the strict fake models is confirmed
 * on a real machine. The sheet is removed at the end, whatever failed.
 *
 * Sync bound: one Excel.run per check (about 2 syncs each, 12 runs), independent of the workbook.
 */
import type { SelfCheckId, SelfCheckItem, SelfCheckResult } from '../host';
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, isHighlightFormula } from './highlight-ranges';
import { cellInput, hyperlinkFormula } from './sheet-writer';
import type { OfficeEnvironment } from './office-host';

const SHEET = '~PlanTracker動作確認';
const SETTING_KEY = 'planTrackerSelfCheck';
/** Text Excel would turn into a number, a date or a formula if written plainly. */
const TRICKY_TEXT = ['001', '1-2', '=1+1', '2025/4/1', '1e3'];

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'Error';
  return `${code}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The highest ExcelApi 1.x the host supports (probing 1.1 … 1.30). */
export function highestExcelApi(isSetSupported: (name: string, version: string) => boolean): string {
  let best = 0;
  for (let minor = 1; minor <= 30; minor++) if (isSetSupported('ExcelApi', `1.${minor}`)) best = minor;
  return best === 0 ? '—' : `ExcelApi 1.${best}`;
}

export async function runSelfCheck(env: OfficeEnvironment): Promise<SelfCheckResult> {
  const items: SelfCheckItem[] = [];
  const supported = (version: string) => env.isSetSupported('ExcelApi', version);
  const check = async (id: SelfCheckId, needs: string | null, body: (context: Excel.RequestContext) => Promise<void>) => {
    if (needs && !supported(needs)) {
      items.push({ id, outcome: 'skipped', detail: `ExcelApi ${needs}` });
      return;
    }
    try {
      await env.run(body);
      items.push({ id, outcome: 'passed' });
    } catch (error) {
      items.push({ id, outcome: 'failed', detail: describe(error) });
    }
  };
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(SHEET);
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(what);
  };

  await check('addSheet', null, async (context) => {
    const old = context.workbook.worksheets.getItemOrNullObject(SHEET);
    old.load('name');
    await context.sync();
    if (!old.isNullObject) old.delete(); // left by an interrupted self-check
    context.workbook.worksheets.add(SHEET);
    await context.sync();
  });
  await check('readWrite', null, async (context) => {
    const range = sheet(context).getRange('A1:C1');
    range.values = [[1, 'テキスト', true]];
    range.load('values');
    await context.sync();
    expect(JSON.stringify(range.values) === JSON.stringify([[1, 'テキスト', true]]), `read back ${JSON.stringify(range.values)}`);
  });
  await check('textKept', null, async (context) => {
    const range = sheet(context).getRangeByIndexes(1, 0, 1, TRICKY_TEXT.length);
    range.values = [TRICKY_TEXT.map((text) => cellInput(text))];
    range.load('values');
    await context.sync();
    expect(JSON.stringify(range.values[0]) === JSON.stringify(TRICKY_TEXT), `read back ${JSON.stringify(range.values[0])}`);
  });
  await check('hyperlink', null, async (context) => {
    const range = sheet(context).getRange('A3');
    range.values = [[hyperlinkFormula(SHEET, 'A1', 'A1へ')]];
    range.load('values');
    await context.sync();
    expect(range.values[0][0] === 'A1へ', `read back ${JSON.stringify(range.values[0][0])}`);
  });
  await check('conditionalFormat', null, async (context) => {
    const format = sheet(context).getRange('A1:A3').conditionalFormats.add('Custom');
    format.custom.rule.formula = HIGHLIGHT_FORMULA;
    format.custom.format.fill.color = HIGHLIGHT_FILL.error;
    const formats = sheet(context).getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    await context.sync();
    const ours = formats.items.filter(
      (f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject && isHighlightFormula(f.customOrNullObject.rule.formula),
    );
    expect(ours.length === 1, `found ${ours.length} formats by the marker formula`);
    ours[0].delete();
    const after = sheet(context).getRange().conditionalFormats;
    after.load('items/type');
    await context.sync();
    expect(after.items.length === 0, `${after.items.length} formats left after clearing`);
  });
  await check('chart', null, async (context) => {
    sheet(context).getRange('E1:F3').values = [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ];
    const chart = sheet(context).charts.add('ColumnClustered', sheet(context).getRange('F1:F3'), 'Columns');
    chart.series.getItemAt(0).setXAxisValues(sheet(context).getRange('E1:E3'));
    const charts = sheet(context).charts;
    charts.load('items/name');
    await context.sync();
    expect(charts.items.length === 1, `${charts.items.length} charts`);
  });
  // Written in one Excel.run and read in the next, as another runtime (the ribbon) would read it.
  const stamp = new Date().toISOString();
  await check('settings', null, async (context) => {
    context.workbook.settings.add(SETTING_KEY, stamp);
    await context.sync();
  });
  if (items[items.length - 1].outcome === 'passed') {
    items.pop();
    await check('settings', null, async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      item.load('value');
      await context.sync();
      const value = item.isNullObject ? null : item.value;
      if (!item.isNullObject) item.delete();
      await context.sync();
      expect(value === stamp, `read back ${JSON.stringify(value)}`);
    });
  }
  await check('dataValidation', '1.8', async (context) => {
    sheet(context).getRange('G1').dataValidation.rule = { list: { inCellDropDown: true, source: '未着手,実施中,完了' } };
    await context.sync();
  });
  await check('pageLayout', '1.9', async (context) => {
    sheet(context).pageLayout.orientation = 'Landscape';
    await context.sync();
  });
  await check('removeSheet', null, async (context) => {
    const left = context.workbook.worksheets.getItemOrNullObject(SHEET);
    left.load('name');
    await context.sync();
    if (!left.isNullObject) left.delete();
    const gone = context.workbook.worksheets.getItemOrNullObject(SHEET);
    gone.load('name');
    await context.sync();
    expect(gone.isNullObject, 'the sheet is still there');
  });

  return { host: env.diagnostics?.() ?? 'unknown', excelApi: highestExcelApi(env.isSetSupported), items };
}
