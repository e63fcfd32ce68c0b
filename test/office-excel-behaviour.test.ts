/**
 * The four things the add-in did that go wrong in a real Excel, each on the strict fake now that it
 * follows Excel's documentation: conditional-format ids are priority indices; Excel on the web
 * refuses requests and responses over 5 MB; each runtime has its own copy of the document
 * settings; a deleted sheet turns the formulas pointing at it into #REF!.
 */
import { clearHighlightsAction, highlightAction } from '../src/app/actions';
import type { WorkbookSpec } from '../src/core/sheet-spec';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { PAYLOAD_LIMIT_BYTES, createFakeOffice, type FakeOffice, type SheetModel } from './support/strict-excel-fake';
import { HIGHLIGHT_FORMULA } from '../src/workbook/office/highlight-ranges';

const host = (office: Pick<FakeOffice, 'environment'>) => createOfficeHost({ environment: office.environment });
const ours = (sheet: SheetModel) => sheet.conditionalFormats.filter((cf) => cf.formula === HIGHLIGHT_FORMULA);
const users = (sheet: SheetModel) => sheet.conditionalFormats.filter((cf) => cf.user).map((cf) => cf.formula);

describe('1. "clear" finds the highlights by what they are, not by id (ids are priority indices)', () => {
  function tracker(): { office: FakeOffice; sheet: SheetModel } {
    const office = createFakeOffice();
    const sheet = office.model.addSheet('進捗').put('A1', [
      ['事業名', '進捗状況'],
      ['a', '完'],
      ['b', '済'],
      ['c', ''],
    ]);
    return { office, sheet };
  }
  const targets = [
    { sheet: '進捗', cell: 'B2', severity: 'error' as const },
    { sheet: '進捗', cell: 'A4', severity: 'warning' as const },
  ];

  test('a format the user adds after highlighting, one on the same range, and one moved above ours all survive', async () => {
    const { office, sheet } = tracker();
    const h = host(office);
    await h.highlight(targets);
    expect(ours(sheet)).toHaveLength(2);
    office.model.addUserConditionalFormat('進捗', 'C1:C9', '=C1>0'); // added later: now priority 0
    office.model.addUserConditionalFormat('進捗', 'B2', '=B2="完"'); // on the very range of ours
    const moved = office.model.addUserConditionalFormat('進捗', 'A1:A9', '=A1=""');
    office.model.moveConditionalFormat('進捗', moved, sheet.conditionalFormats.length - 1); // below ours…
    office.model.moveConditionalFormat('進捗', moved, 0); // …and back above them

    await h.clearHighlights();

    expect(ours(sheet)).toEqual([]);
    expect(users(sheet).sort()).toEqual(['=A1=""', '=B2="完"', '=C1>0']);
  });

  test('highlighting again replaces ours and never stacks them; a user format before the first run stays too', async () => {
    const { office, sheet } = tracker();
    office.model.addUserConditionalFormat('進捗', 'B2:B4', '=B2="完了"');
    const h = host(office);
    await highlightAction(h, []);
    await h.highlight(targets);
    office.model.addUserConditionalFormat('進捗', 'A4', '=A4=1');
    await h.clearHighlights();
    await h.highlight(targets);
    expect(ours(sheet)).toHaveLength(2);
    await clearHighlightsAction(h);
    expect(ours(sheet)).toEqual([]);
    expect(users(sheet).sort()).toEqual(['=A4=1', '=B2="完了"']);
  });
});

describe('2. every read and write stays under the 5 MB Excel on the web allows per request and per response', () => {
  // "Build summary" on 20,000- and 100,000-row trackers under the limit: office-excel-large.test.ts (npm test only).
  test('a read whose first chunk is too large for Excel is asked again in halves', async () => {
    const office = createFakeOffice();
    office.model.addSheet('長文').generated = {
      origin: { row: 0, column: 0 },
      rows: 20_000,
      columns: 18,
      // Long Japanese text in every cell: far above the first chunk's guess per cell.
      cell: (r, c) => ({ value: `令和6年度の取組内容その${r}-${c}についての詳しい説明文です`, format: 'General' }),
    };
    const data = await host(office).readWorkbook();
    expect(data.sheets[0].values).toHaveLength(20_000);
    expect(data.sheets[0].values[19_999][17]).toBe('令和6年度の取組内容その19999-17についての詳しい説明文です');
    const syncs = office.lastSyncs();
    expect(syncs.some((s) => s.payloadBytes > PAYLOAD_LIMIT_BYTES)).toBe(true); // Excel refused one…
    expect(syncs.length).toBeLessThan(60); // …and the rest came in large chunks, not row by row
  }, 120_000);

  test('a write Excel refuses for its size is sent again in halves', async () => {
    const office = createFakeOffice(9);
    office.model.payloadLimit = 1_000_000; // a stricter host: the adapter's budget is too large for it
    const values = Array.from({ length: 12_000 }, (_, r) => [`行${r}の説明文、日本語の長い文字列です`, r, `備考${r}`]);
    const result = await host(office).writeSheets({ sheets: [{ name: '大きな表', values }] });
    expect(result.sheetNames).toEqual(['大きな表']);
    expect(office.model.sheet('大きな表')!.valueAt('A4000')).toBe('行3999の説明文、日本語の長い文字列です');
    expect(office.lastSyncs().some((s) => s.requestBytes > 1_000_000)).toBe(true);
  });
});

describe('3. the ribbon and the pane (two runtimes) see one record', () => {
  function workbook(): FakeOffice {
    const office = createFakeOffice(9);
    office.model.addSheet('進捗').put('A1', [
      ['事業名', '進捗状況'],
      ['a', '完'],
      ['b', '済'],
    ]);
    return office;
  }
  const targets = [{ sheet: '進捗', cell: 'B2', severity: 'error' as const }];

  test('ribbon highlight, then clear in the pane that was already open', async () => {
    const office = workbook();
    const pane = host(office); // opened first: its document settings copy is from before the ribbon ran
    const ribbon = host(office.runtime());
    await ribbon.highlight(targets);
    expect(ours(office.model.sheet('進捗')!)).toHaveLength(1);
    await pane.clearHighlights();
    expect(ours(office.model.sheet('進捗')!)).toEqual([]);
  });

  test('pane highlight, then the ribbon clears (validate again) without stacking', async () => {
    const office = workbook();
    const pane = host(office);
    const ribbon = host(office.runtime());
    await pane.highlight(targets);
    await highlightAction(ribbon, []);
    expect(ours(office.model.sheet('進捗')!)).toEqual([]);
  });

  test("the pane saving a mapping keeps the ribbon's own sheets: the next build replaces them, no (2)", async () => {
    const office = workbook();
    const pane = host(office);
    const settings = await pane.loadSettings();
    const ribbon = host(office.runtime());
    await ribbon.writeSheets({ sheets: [{ name: '集計', values: [['1']] }] });
    await pane.saveSettings({ ...settings, mappings: { 進捗: { headerRow: 1 } } });
    const again = await ribbon.writeSheets({ sheets: [{ name: '集計', values: [['2']] }] });
    expect(again.renamed).toEqual([]);
    expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗', '集計']);
  });
});

const summaryOf = (value: number): WorkbookSpec => ({
  sheets: [
    {
      name: '方針別',
      values: [
        ['方針別の集計', null],
        ['方針', '件数'],
        ['方針1', value],
        ['方針2', value + 1],
      ],
      styles: [{ range: 'B3:B4', style: { numFmt: '0', bold: true } }],
      merges: ['A1:B1'],
      charts: [
        {
          id: 'c',
          kind: 'columnClustered',
          title: '件数',
          series: [{ name: '件数', categories: 'A3:A4', values: 'B3:B4' }],
          anchor: { cell: 'D2', width: 400, height: 240 },
        },
      ],
    },
    {
      name: '一覧',
      values: [
        ['番号', '値'],
        ['1', value * 10],
      ],
    },
  ],
});

/** Every cell value of the add-in's two sheets, as a user would see them. */
function summaryState(office: FakeOffice): string {
  return ['方針別', '一覧']
    .map((name) => {
      const sheet = office.model.sheet(name);
      if (!sheet) return `${name}: none`;
      return `${name}: ${[...sheet.cells.values()].map((c) => c.value).join('|')} charts ${sheet.charts.length}`;
    })
    .join(' / ');
}

describe('4. rebuilding rewrites the add-in sheets in place', () => {
  function built(): FakeOffice {
    const office = createFakeOffice(9);
    office.model.addSheet('進捗').put('A1', [['x']]);
    office.model.addSheet('メモ').put('A1', [["='方針別'!B3"]]);
    return office;
  }

  test("a user's formula that points at a summary cell still works after a rebuild (ExcelApi 1.9)", async () => {
    const office = built();
    const h = host(office);
    await h.writeSheets(summaryOf(5));
    expect(office.model.sheet('メモ')!.readAt('A1', office.model)).toBe(5);
    const id = office.model.sheet('方針別')!.id;
    await h.writeSheets(summaryOf(7));
    expect(office.model.sheet('メモ')!.valueAt('A1')).toBe("='方針別'!B3");
    expect(office.model.sheet('メモ')!.readAt('A1', office.model)).toBe(7);
    const sheet = office.model.sheet('方針別')!;
    expect(sheet.id).toBe(id); // the same sheet, not a new one
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rows: 1, columns: 2 }]);
    expect(sheet.formatAt('B3')).toBe('0');
    expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗', 'メモ', '方針別', '一覧']);
  });

  test('after the workbook is reopened (new worksheet ids) the add-in still knows its sheets', async () => {
    const office = built();
    await host(office).writeSheets(summaryOf(5));
    office.model.reopen();
    const again = await host(office.runtime()).writeSheets(summaryOf(6));
    expect(again.renamed).toEqual([]);
    expect(office.model.sheet('方針別')!.valueAt('B3')).toBe(6);
  });

  test('a failure injected at every sync leaves the previous or the new summary, never a mixture', async () => {
    const clean = built();
    await host(clean).writeSheets(summaryOf(5));
    await host(clean).writeSheets(summaryOf(7));
    const newState = summaryState(clean);
    const syncs = clean.lastSyncs().length;
    expect(syncs).toBeGreaterThanOrEqual(4);

    for (let failing = 1; failing <= syncs; failing++) {
      const office = built();
      await host(office).writeSheets(summaryOf(5));
      const previous = summaryState(office);
      office.model.failSync = { sync: failing, code: 'GeneralException' };
      await host(office)
        .writeSheets(summaryOf(7))
        .catch(() => undefined);
      expect([previous, newState]).toContain(summaryState(office));
      expect(office.model.sheets.some((s) => s.name.startsWith('~PT'))).toBe(false);
      expect(office.model.sheet('メモ')!.readAt('A1', office.model)).not.toBe('#REF!');
    }
  });
});

describe('the strict fake follows the documented behaviour the adapter depends on', () => {
  const syncOne = async (office: FakeOffice, queue: (context: Excel.RequestContext) => void) =>
    office.environment.run(async (context) => {
      queue(context);
      await context.sync();
    });

  test('sheet names: 31 characters, no \\ / ? * [ ] :, unique ignoring case, History reserved', async () => {
    const office = createFakeOffice();
    office.model.addSheet('集計');
    for (const bad of ['a'.repeat(32), 'a/b', 'a[1]', 'x:y', 'History', 'history', '集計', "'quoted'"]) {
      await expect(syncOne(office, (c) => c.workbook.worksheets.add(bad))).rejects.toMatchObject({
        code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/),
      });
    }
    await syncOne(office, (c) => c.workbook.worksheets.add('a'.repeat(31)));
    expect(office.model.sheets).toHaveLength(2);
  });

  test('a very hidden sheet cannot be deleted; the last visible sheet cannot be hidden or deleted', async () => {
    const office = createFakeOffice();
    office.model.addSheet('表');
    office.model.addSheet('隠し').visibility = 'VeryHidden';
    await expect(syncOne(office, (c) => c.workbook.worksheets.getItem('隠し').delete())).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(syncOne(office, (c) => (c.workbook.worksheets.getItem('表').visibility = 'Hidden'))).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(syncOne(office, (c) => c.workbook.worksheets.getItem('表').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(office.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['表', 'Visible'],
      ['隠し', 'VeryHidden'],
    ]);
  });

  test('each runtime has its own document settings copy; the last saveAsync wins; refreshAsync reads it', async () => {
    const office = createFakeOffice();
    const other = office.runtime();
    const save = (s: typeof office.settings) => new Promise<void>((resolve) => s.saveAsync(() => resolve()));
    office.settings.set('k', 'pane');
    await save(office.settings);
    expect(other.settings.get('k')).toBeNull(); // loaded before the pane saved
    other.settings.set('other', 1);
    await save(other.settings);
    expect(office.model.documentSettings.get('k')).toBeUndefined(); // the ribbon's save dropped the pane's
    await new Promise<void>((resolve) => office.settings.refreshAsync(() => resolve()));
    expect(office.settings.get('other')).toBe(1);
  });

  test('worksheet ids change when the workbook is reopened; formulas read back their values', async () => {
    const office = createFakeOffice();
    const sheet = office.model.addSheet('表').put('A1', [[3, '=HYPERLINK("#\'表\'!A1","A1")', "='表'!A1", '=SUM(A1)']]);
    const id = sheet.id;
    office.model.reopen();
    expect(sheet.id).not.toBe(id);
    const values = await office.environment.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表').getRange('A1:D1');
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[3, 'A1', 3, '{formula}=SUM(A1)']]);
  });

  test('conditional-format ids are priority indices: a new format is 0 and moves the others down', async () => {
    const office = createFakeOffice();
    office.model.addSheet('表');
    office.model.addUserConditionalFormat('表', 'A1:A5', '=A1=1');
    const ids = () =>
      office.environment.run(async (context) => {
        const formats = context.workbook.worksheets.getItem('表').getRange().conditionalFormats;
        formats.load('items/id,items/customOrNullObject/rule/formula');
        await context.sync();
        return formats.items.map((f) => [f.id, f.customOrNullObject.rule.formula]);
      });
    expect(await ids()).toEqual([['0', '=A1=1']]);
    office.model.addUserConditionalFormat('表', 'A1:A5', '=A1=2');
    expect(await ids()).toEqual([
      ['0', '=A1=2'],
      ['1', '=A1=1'],
    ]);
  });
});
