/** The Office.js adapter on the strict fake: reads, writes, highlights, settings, errors, sync counts. */
import type { WorkbookSpec } from '../src/core/sheet-spec';
import { HostError } from '../src/workbook/office/host-error';
import { createOfficeHost, SYNC_BOUNDS } from '../src/workbook/office/office-host';
import { planNextSync, type PendingSheet } from '../src/workbook/office/read-chunks';
import { SETTINGS_KEY } from '../src/workbook/office/settings-store';
import { OWN_SHEET_MARK } from '../src/workbook/office/sheet-names';
import { createFakeOffice, FakeContext, WorkbookModel, type FakeOffice } from './support/strict-excel-fake';
import { OTHER_PLAN, planSheetValues } from './support/fake-host';
import { planFromSheet } from '../src/plan/plan-sheet';

function hostOn(office: Pick<FakeOffice, 'environment'>, limits?: { maxCellsPerSync: number; maxBytesPerSync: number }) {
  return createOfficeHost({ environment: office.environment, readLimits: limits });
}

/** The add-in's record as the workbook's settings hold it (the fake keeps each setting as JSON). */
function storedRecord(office: FakeOffice): any {
  const raw = office.model.workbookSettings.get(SETTINGS_KEY);
  return raw === undefined ? null : JSON.parse(JSON.parse(raw as string));
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }
  throw new Error('expected a rejection');
}

describe('the strict fake itself', () => {
  test('a property read before load and sync throws PropertyNotLoaded; writes wait for sync', async () => {
    const model = new WorkbookModel();
    model.addSheet('S').put('A1', [[1]]);
    const context = new FakeContext(model);
    const range = context.workbook.worksheets.getItem('S').getRange('A1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.values = [[2]];
    expect(model.sheet('S')!.valueAt('A1')).toBe(1);
    await context.sync();
    expect(range.values).toEqual([[1]]); // loaded before the write in the same batch
    expect(model.sheet('S')!.valueAt('A1')).toBe(2);
    expect(context.syncs).toHaveLength(1);
  });
});

describe('readWorkbook', () => {
  test('values, number formats and the used range origin of every visible sheet, in 3 syncs', async () => {
    const office = createFakeOffice();
    const sheet = office.model.addSheet('進捗');
    sheet.put('C3', [
      ['事業名', '進捗率'],
      ['人流調査', 0.5],
      ['', 1],
    ]);
    sheet.put('D4', [[0.5], [1]], '0%');
    office.model.addSheet('空');
    const hidden = office.model.addSheet('隠し');
    hidden.put('A1', [['x']]);
    hidden.visibility = 'Hidden';

    const data = await hostOn(office).readWorkbook();

    expect(data.sheets.map((s) => s.name)).toEqual(['進捗', '空']);
    const tracker = data.sheets[0];
    expect(tracker.origin).toEqual({ row: 2, column: 2 });
    expect(tracker.values).toEqual([
      ['事業名', '進捗率'],
      ['人流調査', 0.5],
      [null, 1],
    ]);
    expect(tracker.formats![1]).toEqual(['General', '0%']);
    expect(data.sheets[1]).toEqual({ name: '空', values: [], formats: [], origin: { row: 0, column: 0 }, mergesUnread: true }); // ExcelApi 1.7: merges unread
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.readWorkbook(1));
  });

  test('the hidden plan sheet comes back as planSheet, not among the sheets, in the same 3 syncs', async () => {
    const office = createFakeOffice();
    office.model.addSheet('進捗').put('A1', [
      ['事業名', '進捗率'],
      ['人流調査', 0.5],
    ]);
    const planValues = planSheetValues(OTHER_PLAN);
    const plan = office.model.addSheet('プラン').put('A1', planValues as (string | number | null)[][]);
    plan.visibility = 'Hidden';
    // A hidden sheet of another name is not loaded, whatever it holds.
    office.model.addSheet('控え').put('A1', [['x']]).visibility = 'Hidden';

    const data = await hostOn(office).readWorkbook();

    expect(data.sheets.map((s) => s.name)).toEqual(['進捗']);
    expect(planFromSheet(data.planSheet!)).toEqual(OTHER_PLAN);
    expect(data.planSheet![0][0]).toBe(planValues[0][0]);
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.readWorkbook(1));
    // The sizing sync loaded the plan sheet's cells and nothing of 控え.
    expect(office.lastSyncs()[1].cells).toBe(data.planSheet!.length * data.planSheet![0].length);
  });

  test('a hidden sheet named Plan without the marker in A1 is no plan sheet; a workbook without one has none', async () => {
    const office = createFakeOffice();
    office.model.addSheet('進捗').put('A1', [['事業名'], ['人流調査']]);
    office.model.addSheet('Plan').put('A1', [['notes'], ['{"name":"x"}']]).visibility = 'Hidden';
    expect((await hostOn(office).readWorkbook()).planSheet).toBeUndefined();
  });

  test('a large sheet is read in row chunks within the cell budget; syncs follow cells per budget, not rows', async () => {
    const syncsFor = async (rows: number) => {
      const office = createFakeOffice();
      office.model.payloadLimit = Number.POSITIVE_INFINITY; // desktop Excel: no 5 MB limit, only the cell budget
      office.model.addSheet('大量').generated = {
        origin: { row: 1, column: 0 },
        rows,
        columns: 18,
        cell: (r, c) => ({ value: r * 100 + c, format: c === 5 ? '0%' : 'General' }),
      };
      const progress: number[] = [];
      const data = await hostOn(office, { maxCellsPerSync: 360_000, maxBytesPerSync: Number.POSITIVE_INFINITY }).readWorkbook((done) =>
        progress.push(done),
      );
      const values = data.sheets[0].values;
      expect(values).toHaveLength(rows);
      expect(values[0][0]).toBe(0);
      expect(values[123][17]).toBe(12317);
      expect(values[rows - 1][17]).toBe((rows - 1) * 100 + 17);
      expect(data.sheets[0].formats![rows - 1][5]).toBe('0%');
      const syncs = office.lastSyncs();
      expect(Math.max(...syncs.map((s) => s.cells))).toBeLessThanOrEqual(360_000);
      expect(progress[progress.length - 1]).toBe(rows * 18);
      return syncs.length;
    };
    // 20,000 rows of 18 columns per sync.
    expect(await syncsFor(200_000)).toBe(SYNC_BOUNDS.readWorkbook(10));
    expect(await syncsFor(100_000)).toBe(SYNC_BOUNDS.readWorkbook(5));
    expect(await syncsFor(5_000)).toBe(SYNC_BOUNDS.readWorkbook(1));
  }, 120_000);

  test('each sync stays under the payload budget, sized from the widths measured so far', async () => {
    const office = createFakeOffice();
    office.model.addSheet('長文').generated = {
      origin: { row: 0, column: 0 },
      rows: 20_000,
      columns: 18,
      cell: (r, c) => ({ value: c === 4 ? `令和6年度の取組内容その${r}についての説明文` : r, format: 'General' }),
    };
    const maxBytesPerSync = 300_000;
    const data = await hostOn(office, { maxCellsPerSync: 1_000_000, maxBytesPerSync }).readWorkbook();
    expect(data.sheets[0].values).toHaveLength(20_000);
    const chunkSyncs = office.lastSyncs().slice(2);
    expect(chunkSyncs.length).toBeGreaterThan(1);
    for (const sync of chunkSyncs) expect(sync.payloadBytes).toBeLessThanOrEqual(maxBytesPerSync);
  }, 120_000);

  test('several small sheets share one chunk sync', () => {
    const sheets: PendingSheet[] = [0, 1, 2].map((index) => ({ index, rowCount: 100, columnCount: 18, nextRow: 0 }));
    expect(planNextSync(sheets, { maxCellsPerSync: 1_000_000, maxBytesPerSync: 4_000_000 })).toHaveLength(3);
    expect(planNextSync(sheets, { maxCellsPerSync: 1_000_000, maxBytesPerSync: 4_000_000 })).toEqual([]);
  });

  test('merged cells carry their top-left value where ExcelApi 1.13 is there, and are read as is below it', async () => {
    const build = (version: number) => {
      const office = createFakeOffice(version);
      const sheet = office.model.addSheet('結合');
      sheet.put('A1', [
        ['方針', '事業名'],
        ['方針1', 'a'],
        [null, 'b'],
        [null, 'c'],
      ]);
      sheet.merges.push({ row: 1, column: 0, rows: 3, columns: 1 });
      return office;
    };
    const withMerges = await hostOn(build(13)).readWorkbook();
    expect(withMerges.sheets[0].values.map((row) => row[0])).toEqual(['方針', '方針1', '方針1', '方針1']);
    const without = await hostOn(build(7)).readWorkbook();
    expect(without.sheets[0].values.map((row) => row[0])).toEqual(['方針', '方針1', null, null]);
  });

  test('a cell in edit mode is a HostError saying to finish editing', async () => {
    const office = createFakeOffice();
    office.model.addSheet('S').put('A1', [[1]]);
    office.model.cellEditMode = true;
    const error = await rejection(hostOn(office).readWorkbook());
    expect(error.code).toBe('cell-edit-mode');
    expect(error.ja).toContain('Esc');
    expect(error.en).toContain('Esc');
  });
});

const SUMMARY: WorkbookSpec = {
  sheets: [
    {
      name: '方針別',
      values: [
        ['方針別の集計', null, null],
        ['方針', '件数', '完了'],
        ['方針1', 10, 0.5],
        ['方針2', 8, 0.25],
      ],
      styles: [
        { range: 'A1', style: { bold: true, fontSize: 14 } },
        { range: 'C3:C4', style: { numFmt: '0%', border: true } },
      ],
      columnWidths: [20, 8],
      rowHeights: { 1: 24 },
      merges: ['A1:C1'],
      freeze: { rows: 2, columns: 1 },
      tabColor: '#1E7A4C',
      charts: [
        {
          id: 'count-by-policy',
          kind: 'columnClustered',
          title: '方針別件数',
          series: [
            { name: '件数', categories: 'A3:A4', values: 'B3:B4', color: '#1E7A4C' },
            { name: '完了', categories: 'A3:A4', values: 'C3:C4' },
          ],
          anchor: { cell: 'E2', width: 480, height: 288 },
          legend: 'bottom',
        },
      ],
      validations: [{ range: 'B3:B4', rule: { whole: { min: 0, max: 100 } } }],
      print: { landscape: true, paper: 'A4', fitToPages: { width: 1, height: 1 } },
    },
  ],
};

describe('writeSheets', () => {
  test('writes values, styles, widths, merges, freeze panes and charts in 3 syncs; skips what 1.7 lacks', async () => {
    const office = createFakeOffice(7);
    office.model.addSheet('進捗');
    const result = await hostOn(office).writeSheets(SUMMARY);

    expect(result.sheetNames).toEqual(['方針別']);
    expect(result.renamed).toEqual([]);
    expect(result.skipped.join('\n')).toMatch(/1\.8/);
    expect(result.skipped.join('\n')).toMatch(/1\.9/);
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.writeSheets(1));

    const sheet = office.model.sheet('方針別')!;
    expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗', '方針別']);
    expect(sheet.valueAt('A1')).toBe('方針別の集計');
    expect(sheet.valueAt('C4')).toBe(0.25);
    expect(sheet.valueAt('B1')).toBe('');
    expect(sheet.formatAt('C3')).toBe('0%');
    expect(sheet.lastWrite('A1', 'format.font.bold')).toBe(true);
    expect(sheet.lastWrite('C3:C4', 'format.borders.getItem(InsideHorizontal).style')).toBe('Continuous');
    expect(sheet.lastWrite('A1:A1048576', 'format.columnWidth')).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(sheet.lastWrite('A1:XFD1', 'format.rowHeight')).toBe(24);
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rows: 1, columns: 3 }]);
    expect(sheet.writes.some((w) => w.target === 'freezePanes' && w.path === 'freezeAt()')).toBe(true);
    expect(sheet.lastWrite('sheet', 'tabColor')).toBe('#1E7A4C');
    expect(sheet.writes.some((w) => w.path.startsWith('dataValidation'))).toBe(false);
    expect(sheet.writes.some((w) => w.target === 'pageLayout')).toBe(false);

    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.position).toBe('E2');
    expect(chart.props).toMatchObject({ name: 'count-by-policy', 'title.text': '方針別件数', 'legend.position': 'Bottom', width: 360 });
    expect(chart.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ['件数', 'A3:A4', 'B3:B4'],
      ['完了', 'A3:A4', 'C3:C4'],
    ]);
    expect(chart.series[0].props['format.fill.setSolidColor()']).toBe('#1E7A4C');

    expect(storedRecord(office).settings.ownSheets).toEqual(['方針別']);
    expect([...sheet.names.keys()]).toEqual([OWN_SHEET_MARK]);
  });

  test('data validation with ExcelApi 1.8 and print setup with 1.9', async () => {
    const office = createFakeOffice(9);
    const result = await hostOn(office).writeSheets(SUMMARY);
    expect(result.skipped).toEqual([]);
    const sheet = office.model.sheet('方針別')!;
    expect(sheet.lastWrite('B3:B4', 'dataValidation.rule')).toEqual({ wholeNumber: { formula1: 0, formula2: 100, operator: 'Between' } });
    expect(sheet.lastWrite('pageLayout', 'orientation')).toBe('Landscape');
    expect(sheet.lastWrite('pageLayout', 'zoom')).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });

  test('the add-in replaces its own sheet in place; a user sheet of the same name is never touched', async () => {
    const office = createFakeOffice();
    const host = hostOn(office);
    office.model.addSheet('進捗');
    await host.writeSheets(SUMMARY);
    office.model.addSheet('メモ');
    const again = await host.writeSheets({ sheets: [{ ...SUMMARY.sheets[0], values: [['更新後']] }] });
    expect(again.renamed).toEqual([]);
    expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗', '方針別', 'メモ']);
    expect(office.model.sheet('方針別')!.valueAt('A1')).toBe('更新後');

    // The user deletes the add-in's sheet and makes one of their own under the name.
    office.model.sheets.splice(office.model.sheets.indexOf(office.model.sheet('方針別')!), 1);
    office.model.addSheet('方針別').put('A1', [['利用者のデータ']]);
    const third = await host.writeSheets(SUMMARY);
    expect(third.renamed).toEqual([{ wanted: '方針別', used: '方針別 (2)' }]);
    expect(office.model.sheet('方針別')!.valueAt('A1')).toBe('利用者のデータ');
    expect(office.model.sheet('方針別 (2)')!.valueAt('A1')).toBe('方針別の集計');

    // Next time the renamed sheet, now the add-in's own, is replaced rather than a (3) added.
    const fourth = await host.writeSheets(SUMMARY);
    expect(fourth.renamed).toEqual([{ wanted: '方針別', used: '方針別 (2)' }]);
    expect(office.model.sheets.filter((s) => s.name.startsWith('方針別'))).toHaveLength(2);
  });

  test('a user sheet that exists before the first write keeps its content', async () => {
    const office = createFakeOffice();
    office.model.addSheet('方針別').put('A1', [['私の表']]);
    const result = await hostOn(office).writeSheets(SUMMARY);
    expect(result.renamed).toEqual([{ wanted: '方針別', used: '方針別 (2)' }]);
    expect(office.model.sheet('方針別')!.valueAt('A1')).toBe('私の表');
  });

  test('a failure while filling leaves no temporary or half-written sheet behind', async () => {
    const office = createFakeOffice();
    office.model.addSheet('進捗').put('A1', [['x']]);
    office.model.failSync = { sync: 2, code: 'GeneralException' };
    const error = await rejection(hostOn(office).writeSheets(SUMMARY));
    expect(error.officeCode).toBe('GeneralException');
    expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗']);
    expect(storedRecord(office)).toBeNull();
  });

  test('a protected workbook structure is refused before anything is written', async () => {
    const office = createFakeOffice();
    office.model.addSheet('進捗');
    office.model.structureProtected = true;
    const error = await rejection(hostOn(office).writeSheets(SUMMARY));
    expect(error.code).toBe('protected-workbook');
    expect(office.lastSyncs()).toHaveLength(1);
    expect(office.model.sheets).toHaveLength(1);
  });
});

describe('highlight and clearHighlights', () => {
  function trackerOffice(): FakeOffice {
    const office = createFakeOffice();
    office.model.addSheet('進捗').put('A1', [
      ['事業名', '進捗状況'],
      ['a', '完'],
      ['b', '済'],
      ['c', ''],
    ]);
    office.model.addUserConditionalFormat('進捗', 'B2:B4', '=B2="完了"');
    return office;
  }

  test('adds one conditional format per run of bad cells, coloured by severity, in 2 syncs', async () => {
    const office = trackerOffice();
    await hostOn(office).highlight([
      { sheet: '進捗', cell: 'B2', severity: 'error' },
      { sheet: '進捗', cell: 'B3', severity: 'error' },
      { sheet: '進捗', cell: 'A4', severity: 'warning' },
      { sheet: '消えたシート', cell: 'A1', severity: 'error' },
    ]);
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.highlight);
    const formats = office.model.sheet('進捗')!.conditionalFormats.filter((cf) => !cf.user);
    // Excel adds each format at the top priority, so the last added comes first.
    expect(formats.map((cf) => [cf.box, cf.props['custom.format.fill.color']])).toEqual([
      [{ row: 3, column: 0, rows: 1, columns: 1 }, '#FFEB9C'],
      [{ row: 1, column: 1, rows: 2, columns: 1 }, '#FFC7CE'],
    ]);
    expect(storedRecord(office).highlights).toEqual([
      { sheet: '進捗', range: 'B2:B3' },
      { sheet: '進捗', range: 'A4' },
    ]);
  });

  test('clearHighlights removes exactly the add-in formats, in 3 syncs; the user format stays', async () => {
    const office = trackerOffice();
    const host = hostOn(office);
    await host.highlight([{ sheet: '進捗', cell: 'B2', severity: 'error' }]);
    await host.clearHighlights();
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.clearHighlights);
    const left = office.model.sheet('進捗')!.conditionalFormats;
    expect(left).toHaveLength(1);
    expect(left[0].user).toBe(true);
    expect(storedRecord(office).highlights).toEqual([]);
    await host.clearHighlights();
    expect(office.lastSyncs()).toHaveLength(1); // nothing recorded: only the record is read
  });

  test('formats of a run recorded under another range are still found by their marker formula on the sheet', async () => {
    const office = trackerOffice();
    const host = hostOn(office);
    await host.highlight([{ sheet: '進捗', cell: 'B3', severity: 'info' }]);
    const stored = storedRecord(office);
    stored.highlights = [{ sheet: '進捗', range: 'A1' }];
    office.model.workbookSettings.set(SETTINGS_KEY, JSON.stringify(JSON.stringify(stored)));
    await host.clearHighlights();
    expect(office.model.sheet('進捗')!.conditionalFormats.map((cf) => cf.user)).toEqual([true]);
  });

  test('a protected sheet is a HostError naming the sheet, and nothing is added', async () => {
    const office = trackerOffice();
    office.model.sheet('進捗')!.protected = true;
    const error = await rejection(hostOn(office).highlight([{ sheet: '進捗', cell: 'B2', severity: 'error' }]));
    expect(error.code).toBe('protected-sheet');
    expect(error.ja).toContain('進捗');
    expect(error.en).toContain('Unprotect');
    expect(office.model.sheet('進捗')!.conditionalFormats).toHaveLength(1);
    expect(office.lastSyncs()).toHaveLength(1);
  });

  test('a write Excel refuses mid-batch (AccessDenied) is a protected-sheet HostError', async () => {
    const office = trackerOffice();
    office.model.failSync = { sync: 2, code: 'AccessDenied' };
    const error = await rejection(hostOn(office).highlight([{ sheet: '進捗', cell: 'B2', severity: 'error' }]));
    expect(error.code).toBe('protected-sheet');
  });
});

describe('selectCell, settings, capabilities', () => {
  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const office = createFakeOffice();
    office.model.addSheet('A');
    office.model.addSheet('進捗');
    await hostOn(office).selectCell({ sheet: '進捗', cell: 'H12' });
    expect(office.model.activeSheet).toBe('進捗');
    expect(office.model.selection).toEqual({ sheet: '進捗', address: 'H12' });
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.selectCell);
    const error = await rejection(hostOn(office).selectCell({ sheet: 'ない', cell: 'A1' }));
    expect(error.code).toBe('sheet-not-found');
  });

  test("settings round trip through the workbook's settings inside Excel.run, kept beside the own-sheet record", async () => {
    const office = createFakeOffice();
    const host = hostOn(office);
    expect(await host.loadSettings()).toEqual({ mappings: {}, ownSheets: [] });
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.loadSettings);
    const settings = { mappings: { 進捗: { headerRow: 3, columns: { status: 'H' } } }, ownSheets: ['方針別'] };
    await host.saveSettings(settings as never);
    expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.saveSettings);
    expect(office.settings.saves).toBe(0); // the document settings are no longer written
    const reopened = createOfficeHost({ environment: office.runtime().environment });
    // ownSheets is the adapter's own bookkeeping (writeSheets keeps it), not taken from the caller.
    expect(await reopened.loadSettings()).toEqual({ ...settings, ownSheets: [] });
  });

  test('a record an earlier version left in the document settings is read when the workbook has none', async () => {
    const office = createFakeOffice();
    const settings = { mappings: { 進捗: { excluded: true } }, ownSheets: [] };
    office.model.documentSettings.set(SETTINGS_KEY, JSON.stringify({ version: 1, settings, ownSheetIds: {}, highlights: [] }));
    expect(await hostOn(office.runtime()).loadSettings()).toEqual(settings);
  });

  test('damaged settings read as empty; a failed save is a HostError', async () => {
    const office = createFakeOffice();
    office.model.workbookSettings.set(SETTINGS_KEY, JSON.stringify('{not json'));
    const host = hostOn(office);
    expect(await host.loadSettings()).toEqual({ mappings: {}, ownSheets: [] });
    office.model.failSync = { sync: 2, code: 'GeneralException' };
    const error = await rejection(host.saveSettings({ mappings: {}, ownSheets: [] }));
    expect(error.officeCode).toBe('GeneralException');
    expect(error.en).toContain('save the settings');
  });

  test('capabilities follow the ExcelApi sets the host supports', async () => {
    expect(await hostOn(createFakeOffice(7)).capabilities()).toEqual({
      dataValidation: false,
      pageLayout: false,
      settings: true,
      charts: true,
      mergedAreas: false,
      undoCoversAddin: false,
    });
    expect(await hostOn(createFakeOffice(14)).capabilities()).toEqual({
      dataValidation: true,
      pageLayout: true,
      settings: true,
      charts: true,
      mergedAreas: true,
      undoCoversAddin: false,
    });
  });
});
