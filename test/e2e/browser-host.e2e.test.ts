/**
 * The browser workbook host's contract, in Node (no browser needed, so it runs in seconds): the
 * preview's e2e tests rely on it. Reading, selection, highlights that clear exactly, sheets
 * written beside the file's own (renamed, never over them), settings, and the download spec.
 */
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../src/core/sheet-spec';
import type { SheetData } from '../../src/core/cell';
import { freeSheetName } from '../../src/core/sheet-names';
import { BrowserWorkbookHost, type SettingsStorage } from '../../src/workbook/browser/browser-host';
import { openBrowserWorkbook } from '../../src/workbook/browser/open-workbook';
import { formatCell } from '../../src/preview/format-cell';
import { gridModel, visibleRows } from '../../src/preview/grid-model';
import { planFromSheet } from '../../src/plan/plan-sheet';
import { templateSheetName, templateWorkbookSpec } from '../../src/summary/template';
import { workbookSpecToXlsx } from '../../src/workbook/xlsx-writer';
import { OTHER_PLAN } from '../support/fake-host';
import { machinePlanSheet } from '../support/machine-plan-sheet';

const tracker: SheetData = {
  name: '進捗',
  values: [
    ['事業名', '進捗率'],
    ['A', 0.5],
  ],
  formats: [[], [undefined, '0%']],
};
const memo: SheetData = { name: '集計', values: [['ユーザーのメモ']] };
const hiddenPlan: SheetData = { name: 'plan', values: [['x']] };

function memoryStorage(): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function newHost(storage?: SettingsStorage) {
  return new BrowserWorkbookHost({
    fileName: 'book.xlsx',
    fileSheets: [
      { data: tracker, visible: true },
      { data: memo, visible: true },
      { data: hiddenPlan, visible: false },
    ],
    storage,
  });
}

const summarySheet = (name: string, value: string): SheetSpec => ({
  name,
  values: [[value], [0.25]],
  styles: [{ range: 'A2', style: { numFmt: '0%' } }],
});

describe('BrowserWorkbookHost', () => {
  test('reads the visible sheets with their formats; capabilities are all there', async () => {
    const host = newHost();
    const progress: [number, number][] = [];
    const data = await host.readWorkbook((done, total) => progress.push([done, total]));
    expect(data.sheets.map((s) => s.name)).toEqual(['進捗', '集計']);
    expect(data.sheets[0].formats?.[1]?.[1]).toBe('0%');
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(Object.values(await host.capabilities()).every(Boolean)).toBe(true);
    expect(host.kind).toBe('browser');
  });

  test('selectCell activates the sheet, selects the cell and tells the grid', async () => {
    const host = newHost();
    const seen: string[] = [];
    host.subscribe(() => seen.push(host.getView().activeSheet));
    await host.selectCell({ sheet: '集計', cell: 'B12' });
    const view = host.getView();
    expect(view.activeSheet).toBe('集計');
    expect(view.selections.get('集計')).toMatchObject({ row: 11, column: 1 });
    expect(seen).toEqual(['集計']);
    const serial = view.selections.get('集計')!.serial;
    await host.selectCell({ sheet: '集計', cell: 'B12' });
    // Selecting the same cell again is a new request to scroll to it.
    expect(host.getView().selections.get('集計')!.serial).toBeGreaterThan(serial);
    await expect(host.selectCell({ sheet: 'なし', cell: 'A1' })).rejects.toThrow('なし');
    await expect(host.selectCell({ sheet: 'plan', cell: 'A1' })).rejects.toThrow('plan');
  });

  test('highlights are kept per cell and clear removes them all', async () => {
    const host = newHost();
    await host.highlight([
      { sheet: '進捗', cell: 'B2', severity: 'error' },
      { sheet: '進捗', cell: '$a$1', severity: 'info' },
    ]);
    expect([...host.getView().highlights.get('進捗')!]).toEqual([
      ['B2', 'error'],
      ['A1', 'info'],
    ]);
    await host.clearHighlights();
    expect(host.getView().highlights.size).toBe(0);
    await expect(host.highlight([{ sheet: 'なし', cell: 'A1', severity: 'error' }])).rejects.toThrow();
  });

  test("written sheets become tabs; a file's sheet (hidden too) is never written over; own sheets are replaced", async () => {
    const host = newHost();
    const first = await host.writeSheets({ sheets: [summarySheet('集計', 'first'), summarySheet('plan', 'p'), summarySheet('会議', 'm')] });
    expect(first.sheetNames).toEqual(['集計 (2)', 'plan (2)', '会議']);
    expect(first.renamed).toEqual([
      { wanted: '集計', used: '集計 (2)' },
      { wanted: 'plan', used: 'plan (2)' },
    ]);
    let view = host.getView();
    expect(view.sheets.map((s) => `${s.name}:${s.origin}`)).toEqual([
      '進捗:file',
      '集計:file',
      '集計 (2):addin',
      'plan (2):addin',
      '会議:addin',
    ]);
    expect(view.activeSheet).toBe('集計 (2)');
    expect((await host.loadSettings()).ownSheets).toEqual(['集計 (2)', 'plan (2)', '会議']);

    await host.highlight([{ sheet: '集計 (2)', cell: 'A1', severity: 'error' }]);
    await host.writeSheets({ sheets: [summarySheet('集計', 'second')] });
    view = host.getView();
    expect(view.sheets.map((s) => s.name)).toEqual(['進捗', '集計', '集計 (2)', 'plan (2)', '会議']);
    expect(view.sheets[1].data.values[0][0]).toBe('ユーザーのメモ');
    expect(view.sheets[2].data.values[0][0]).toBe('second');
    // The marks were on the replaced sheet's cells.
    expect(view.highlights.has('集計 (2)')).toBe(false);

    const data = await host.readWorkbook();
    const written = data.sheets.find((s) => s.name === '集計 (2)')!;
    expect(written.formats?.[1]?.[0]).toBe('0%');

    // The download: the written sheets under the names they asked for.
    expect(host.writtenWorkbookSpec()!.sheets.map((s) => `${s.name}=${s.values[0][0]}`)).toEqual(['集計=second', 'plan=p', '会議=m']);
  });

  test('hidden written sheets are kept but neither shown nor read', async () => {
    const host = newHost();
    await host.writeSheets({ sheets: [{ ...summarySheet('plan-data', 'x'), hidden: true }, summarySheet('台帳', 'y')] });
    expect(host.getView().sheets.map((s) => s.name)).toEqual(['進捗', '集計', '台帳']);
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(['進捗', '集計', '台帳']);
    expect(host.writtenWorkbookSpec()!.sheets.map((s) => s.name)).toEqual(['plan-data', '台帳']);
    expect(newHost().writtenWorkbookSpec()).toBeNull();
  });

  test('mappings are kept per file name in the storage given; ownSheets are the host’s own record', async () => {
    const storage = memoryStorage();
    const host = newHost(storage);
    await host.saveSettings({ mappings: { 進捗: { headerRow: 1 } }, ownSheets: ['進捗'] });
    expect(await host.loadSettings()).toEqual({ mappings: { 進捗: { headerRow: 1 } }, ownSheets: [] });
    expect(JSON.parse(storage.items.get('plan-tracker:mappings:book.xlsx')!)).toEqual({ 進捗: { headerRow: 1 } });
    expect((await newHost(storage).loadSettings()).mappings).toEqual({ 進捗: { headerRow: 1 } });
    storage.items.set('plan-tracker:mappings:book.xlsx', 'not json');
    expect((await newHost(storage).loadSettings()).mappings).toEqual({});
  });
});

describe('freeSheetName', () => {
  test('numbers a taken name and keeps within 31 characters', () => {
    const taken = new Set(['集計', '集計 (2)']);
    expect(freeSheetName('集計', (n) => !taken.has(n))).toBe('集計 (3)');
    const long = 'x'.repeat(31);
    expect(freeSheetName(long, (n) => n !== long)).toBe(`${'x'.repeat(27)} (2)`);
  });
});

describe('openBrowserWorkbook', () => {
  test('reads .xlsx bytes with the hidden sheets left out and merges kept', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('表');
    ws.getCell('A1').value = 'タイトル';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = 1;
    workbook.addWorksheet('隠し', { state: 'hidden' }).getCell('A1').value = 'x';
    const host = await openBrowserWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), 'a.xlsx');
    const view = host.getView();
    expect(view.sheets.map((s) => s.name)).toEqual(['表']);
    expect(view.sheets[0].merges).toEqual(['A1:C1']);
    // The hidden sheet's name stays taken.
    expect((await host.writeSheets({ sheets: [summarySheet('隠し', 'v')] })).renamed).toEqual([{ wanted: '隠し', used: '隠し (2)' }]);
  });

  test("a template's plan sheet (written by the CLI's writer) is shown and comes back as planSheet, holding its plan", async () => {
    const bytes = await workbookSpecToXlsx(templateWorkbookSpec(OTHER_PLAN, { lang: 'ja', fiscalYear: 2031 }));
    const host = await openBrowserWorkbook(bytes, 'template.xlsx');
    const data = await host.readWorkbook();
    expect(host.getView().sheets.map((s) => s.name)).toEqual([templateSheetName('ja', 2031), 'プラン']);
    expect(data.sheets.map((s) => s.name)).toEqual([templateSheetName('ja', 2031), 'プラン']);
    expect(planFromSheet(data.planSheet!)).toEqual(OTHER_PLAN);
    // An earlier template's hidden machine copy is read too, and not shown.
    const tracker = templateWorkbookSpec(OTHER_PLAN, { lang: 'ja', fiscalYear: 2031 }).sheets[0];
    const legacy = await openBrowserWorkbook(
      await workbookSpecToXlsx({ sheets: [tracker, machinePlanSheet(OTHER_PLAN, 'ja')] }),
      'old.xlsx',
    );
    expect(legacy.getView().sheets.map((s) => s.name)).toEqual([templateSheetName('ja', 2031)]);
    expect(planFromSheet((await legacy.readWorkbook()).planSheet!)).toEqual(OTHER_PLAN);
    // A file without one has none.
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('表').getCell('A1').value = 'x';
    expect(
      (await (await openBrowserWorkbook(new Uint8Array(await plain.xlsx.writeBuffer()), 'a.xlsx')).readWorkbook()).planSheet,
    ).toBeUndefined();
  });

  test('refuses bytes that are not .xlsx with a message for the user', async () => {
    await expect(openBrowserWorkbook(new TextEncoder().encode('hello'), 'notes.txt')).rejects.toThrow('notes.txt');
  });
});

describe('the grid model and cell text', () => {
  test('a 20,000-row sheet renders only a window of rows', () => {
    const values = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 18 }, (_, c) => `${r}:${c}`));
    const model = gridModel({ name: 's', origin: 'file', data: { name: 's', values }, merges: [] });
    const { first, last } = visibleRows(model, 26 * 10_000, 800);
    expect(first).toBeGreaterThan(9_900);
    expect(last - first).toBeLessThan(60);
  });

  test('merged cells: the master spans, covered cells do not size their columns', () => {
    const values = [
      ['とても長い表題がここに入ります', 'とても長い表題がここに入ります'],
      ['a', 'b'],
    ];
    const model = gridModel({ name: 's', origin: 'file', data: { name: 's', values }, merges: ['A1:B1'] });
    expect(model.masters.get('0:0')).toEqual({ colSpan: 2 });
    expect(model.covered.has('0:1')).toBe(true);
    expect(model.widths[1]).toBeLessThan(60);
  });

  test('number formats as Excel shows them', () => {
    expect(formatCell(0.5, '0%')).toBe('50%');
    expect(formatCell(63.357, '0.0"%"')).toBe('63.4%');
    expect(formatCell(1200, '#,##0')).toBe('1,200');
    expect(formatCell(new Date(Date.UTC(2024, 3, 1)), 'yyyy/m/d')).toBe('2024/04/01');
    expect(formatCell(1 / 3)).toBe('0.3333333333');
    expect(formatCell(null)).toBe('');
    expect(formatCell(true)).toBe('TRUE');
  });
});
