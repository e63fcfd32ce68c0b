/**
 * A rebuild never replaces an add-in sheet the user edited since the last build without asking:
 * the pane's build ('ask') stops and names the sheets, then replaces them or writes new ones as
 * the user answers; the ribbon's build writes new sheets and says so. On the strict Excel fake.
 */
import { buildSummaryAction, consolidateSheetsAction, loadWorkbookState, type SummaryWrite } from '../src/app/actions';
import { buildSummaryCommand } from '../src/commands/ribbon-actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import type { EditedSheetPolicy } from '../src/workbook/host';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { SETTINGS_KEY } from '../src/workbook/office/settings-store';
import { BrowserWorkbookHost } from '../src/workbook/browser/browser-host';
import { specFingerprint, FingerprintCheck, MAX_BANDS } from '../src/workbook/sheet-fingerprint';
import { createFakeOffice, type FakeOffice } from './support/strict-excel-fake';
import { putSampleTracker } from './support/office-tracker';
import { sheetDataFromSample } from './support/fake-host';

const host = (office: Pick<FakeOffice, 'environment'>) => createOfficeHost({ environment: office.environment });

async function build(office: Pick<FakeOffice, 'environment'>, whenEdited?: EditedSheetPolicy): Promise<SummaryWrite> {
  const h = host(office);
  const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
  return buildSummaryAction(h, state.result, state.plan.plan, { lang: 'ja', whenEdited });
}

/** A tracker, a built summary, and a user's sheet whose formula points at the summary's count of policy 1 (方針別!C6). */
async function built(): Promise<FakeOffice> {
  const office = createFakeOffice(9);
  putSampleTracker(office, sampleTracker(DEFAULT_PLAN));
  office.model.addSheet('メモ').put('A1', [["='方針別'!C6"]]);
  await build(office);
  return office;
}

const sheetNames = (office: FakeOffice) => office.model.sheets.map((s) => s.name);
const policy = (office: FakeOffice) => office.model.sheet('方針別')!;

describe('an add-in sheet the user edited since the last build', () => {
  test('with no edit the pane is not asked: the sheets are rebuilt in place', async () => {
    const office = await built();
    const id = policy(office).id;
    const again = await build(office, 'ask');
    expect(again.needsConfirmation).toBeUndefined();
    expect(again.sheetNames).toContain('方針別');
    expect(again.renamed).toEqual([]);
    expect(policy(office).id).toBe(id);
  });

  test("the pane's build asks, naming the sheet and the changed row, and writes nothing meanwhile", async () => {
    const office = await built();
    const engineCount = policy(office).valueAt('C6');
    policy(office).put('C6', [[999]]);
    const before = sheetNames(office);
    const record = office.model.workbookSettings.get(SETTINGS_KEY);

    const asked = await build(office, 'ask');

    expect(asked.needsConfirmation).toEqual([{ name: '方針別', rows: { first: 6, last: 6 } }]);
    expect(asked.sheetNames).toEqual([]);
    expect(sheetNames(office)).toEqual(before);
    expect(policy(office).valueAt('C6')).toBe(999);
    expect(office.model.workbookSettings.get(SETTINGS_KEY)).toBe(record);
    expect(typeof engineCount).toBe('number');
  });

  test("replace: the edit is replaced in place and the user's formula pointing at the sheet still works", async () => {
    const office = await built();
    const engineCount = policy(office).valueAt('C6');
    const id = policy(office).id;
    policy(office).put('C6', [[999]]);
    expect(office.model.sheet('メモ')!.readAt('A1', office.model)).toBe(999);

    const replaced = await build(office, 'replace');

    expect(replaced.needsConfirmation).toBeUndefined();
    expect(policy(office).valueAt('C6')).toBe(engineCount);
    expect(policy(office).id).toBe(id);
    expect(office.model.sheet('メモ')!.valueAt('A1')).toBe("='方針別'!C6");
    expect(office.model.sheet('メモ')!.readAt('A1', office.model)).toBe(engineCount);
    // Replaced means the add-in's again: the next build asks nothing.
    expect((await build(office, 'ask')).needsConfirmation).toBeUndefined();
  });

  test("new sheet: the user's sheet is kept as it is and the summary goes to a new one", async () => {
    const office = await built();
    const engineCount = policy(office).valueAt('C6');
    policy(office).put('C6', [[999]]);

    const written = await build(office, 'newSheet');

    expect(written.keptEdited).toEqual([{ name: '方針別', rows: { first: 6, last: 6 }, writtenAs: '方針別 (2)' }]);
    expect(written.renamed).toEqual([{ wanted: '方針別', used: '方針別 (2)' }]);
    expect(policy(office).valueAt('C6')).toBe(999);
    expect(office.model.sheet('方針別 (2)')!.valueAt('C6')).toBe(engineCount);
    // The kept sheet is the user's now: the next build neither asks nor touches it.
    const next = await build(office, 'ask');
    expect(next.needsConfirmation).toBeUndefined();
    expect(next.sheetNames).toContain('方針別 (2)');
    expect(policy(office).valueAt('C6')).toBe(999);
    expect(sheetNames(office).filter((n) => n.startsWith('方針別'))).toEqual(['方針別', '方針別 (2)']);
  });

  test('a cleared cell, a row typed below the table and a deleted value all count as edits', async () => {
    for (const edit of [
      (o: FakeOffice) => policy(o).setCell(5, 2, { value: '' }),
      (o: FakeOffice) => policy(o).put('A40', [['メモ']]),
      (o: FakeOffice) => policy(o).put('B6', [['方針名を書き換え']]),
    ]) {
      const office = await built();
      edit(office);
      expect((await build(office, 'ask')).needsConfirmation?.map((s) => s.name)).toEqual(['方針別']);
    }
  });

  test("the pane's consolidation asks the same way", async () => {
    const office = createFakeOffice(9);
    putSampleTracker(office, sampleTracker(DEFAULT_PLAN, { seed: 1 }));
    putSampleTracker(office, { ...sampleTracker(DEFAULT_PLAN, { seed: 2 }), name: '進捗管理表2' });
    const consolidate = async () => {
      const h = host(office);
      const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
      return consolidateSheetsAction(h, state, state.plan.plan, { lang: 'ja', whenEdited: 'ask' });
    };
    expect((await consolidate()).needsConfirmation).toBeUndefined();
    policy(office).put('C6', [[999]]);
    expect((await consolidate()).needsConfirmation).toEqual([{ name: '方針別', rows: { first: 6, last: 6 } }]);
    expect(policy(office).valueAt('C6')).toBe(999);
  });

  test('a colour the user changed is not an edit of content', async () => {
    const office = await built();
    policy(office).setCell(5, 2, { format: '0.0' });
    expect((await build(office, 'ask')).needsConfirmation).toBeUndefined();
  });

  test('the ribbon never asks: it writes a new sheet and a notice linking to it', async () => {
    const office = await built();
    policy(office).put('C6', [[999]]);
    const outcome = await buildSummaryCommand(host(office), DEFAULT_PLAN, 'ja', new Date(2025, 5, 1, 10, 30));
    expect(outcome.written.keptEdited?.map((s) => s.writtenAs)).toEqual(['方針別 (2)']);
    expect(policy(office).valueAt('C6')).toBe(999);
    expect(outcome.notice).toBe('プラン進捗のお知らせ');
    const notice = office.model.sheet('プラン進捗のお知らせ')!;
    expect(String(notice.readAt('A3', office.model))).toContain('方針別 (2)');
    expect(String(notice.valueAt('A3'))).toMatch(/^=HYPERLINK\("#'方針別 \(2\)'!A1"/);
    expect(office.model.activeSheet).toBe('プラン進捗のお知らせ');
  });

  test('the check costs one read sync for a small summary, none when told to replace', async () => {
    const syncsOf = async (whenEdited: EditedSheetPolicy) => {
      const office = await built();
      const h = host(office);
      const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
      const from = office.contexts.length;
      await buildSummaryAction(h, state.result, state.plan.plan, { lang: 'ja', whenEdited });
      return office.contexts.slice(from).reduce((n, c) => n + c.syncs.length, 0);
    };
    expect((await syncsOf('ask')) - (await syncsOf('replace'))).toBe(1);
  });
});

describe('the fingerprint', () => {
  test('stays small whatever the size and names the first changed band of rows', () => {
    const values = Array.from({ length: 10_000 }, (_, r) => [`行${r}`, r]);
    const fingerprint = specFingerprint({ values });
    expect(fingerprint.bands).toHaveLength(MAX_BANDS);
    expect(JSON.stringify(fingerprint).length).toBeLessThan(400);
    const check = new FingerprintCheck(fingerprint);
    const edited = values.map((row, r) => (r === 4_321 ? [row[0], -1] : row));
    check.addRows(edited.slice(0, 5_000), { row: 0, column: 0 });
    check.addRows(edited.slice(5_000), { row: 5_000, column: 0 });
    expect(check.changedRows()).toEqual({ first: 13 * 313 + 1, last: 14 * 313 }); // 313 rows a band
  });

  test('a link reads back as its text; text that looks like a number stays text', () => {
    const spec = { values: [['001', null, 1.1 + 2.2]], links: [{ cell: 'B1', sheet: 'x', target: 'A1', text: '移動' }] };
    const check = new FingerprintCheck(specFingerprint(spec));
    check.addRows([['001', '移動', 3.3]], { row: 0, column: 0 });
    expect(check.changedRows()).toBeNull();
    const other = new FingerprintCheck(specFingerprint(spec));
    other.addRows([[1, '移動', 3.3]], { row: 0, column: 0 });
    expect(other.changedRows()).toEqual({ first: 1, last: 1 });
  });
});

test('the browser preview goes through the same action: its add-in sheets are not editable, so it never asks', async () => {
  const sample = sampleTracker(DEFAULT_PLAN);
  const preview = new BrowserWorkbookHost({ fileName: 'x.xlsx', fileSheets: [{ data: sheetDataFromSample(sample), visible: true }] });
  const state = await loadWorkbookState(preview, DEFAULT_PLAN, 'ja');
  await buildSummaryAction(preview, state.result, state.plan.plan, { lang: 'ja', whenEdited: 'ask' });
  const again = await buildSummaryAction(preview, state.result, state.plan.plan, { lang: 'ja', whenEdited: 'ask' });
  expect(again.needsConfirmation).toBeUndefined();
  expect(again.renamed).toEqual([]);
  expect(() => preview.editCell('方針別', { row: 5, column: 2 }, '999')).toThrow();
});
