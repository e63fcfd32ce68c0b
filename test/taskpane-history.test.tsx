/**
 * The pane's snapshot controls, its 前回からの変化 section and the merge of tracker sheets, on an
 * in-memory host with the real engine. Expected figures are the engine's comparison.
 */
import './support/dom-setup';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { consolidate } from '../src/consolidate/consolidate';
import { compareSnapshots, type Changes } from '../src/history/changes';
import { changesSheetSpec } from '../src/history/change-sheets';
import { appendSnapshot, HISTORY_SHEET, readHistory } from '../src/history/history-sheet';
import { localDate, takeSnapshot } from '../src/history/snapshot';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize } from '../src/summary/index';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { CHANGE_SECTIONS } from '../src/taskpane/i18n';
import type { CellValue, SheetData } from '../src/core/cell';
import type { Lang } from '../src/core/lang';
import { validateWorkbook, type ValidationResult } from '../src/validate/validate-workbook';
import { FakeHost } from './support/fake-host';
import { AI, CITY, row, sheet, SNS } from './support/tracker';

afterEach(cleanup);

const TRACKER = '進捗管理表';

// Record #1, September: open data under study, SNS not started.
const SEPTEMBER = [row({ 進捗状況: '検討中', 進捗率: 0 }), row({ ...SNS, 進捗状況: '未着手', 進捗率: 0 })];
// Record #2, October: both in progress, the AI system under study.
const OCTOBER = [row({ 進捗率: 40 }), row({ ...SNS, 進捗率: 50 }), row({ ...AI, 進捗状況: '検討中', 進捗率: 0 })];
// Now: open data completed, SNS postponed at 30%, AI gone, a policy-2 measure added.
const NOW = [row({ 進捗状況: '完了', 進捗率: 100 }), row({ ...SNS, 進捗状況: '延期', 進捗率: 30 }), row({ ...CITY, 進捗率: 20 })];

const validated = (rows: CellValue[][], name = TRACKER): ValidationResult =>
  validateWorkbook({ sheets: [sheet(name, rows)] }, DEFAULT_PLAN, { lang: 'ja' });
const snapshotOf = (result: ValidationResult, date: string) => takeSnapshot(summarize(result, DEFAULT_PLAN, { lang: 'ja' }), result, date);

/** The history sheet as two earlier builds left it. */
function historySheet(): SheetData {
  const first = appendSnapshot([], snapshotOf(validated(SEPTEMBER), '2020-09-01'));
  const second = appendSnapshot(first.values as CellValue[][], snapshotOf(validated(OCTOBER), '2020-10-01'));
  return { name: HISTORY_SHEET, values: second.values as CellValue[][] };
}

function hostWithHistory(): FakeHost {
  const host = new FakeHost({ sheets: [sheet(TRACKER, NOW), historySheet()] });
  host.settings.ownSheets = [HISTORY_SHEET];
  return host;
}

/** The engine's changes from recorded snapshot `sequence` to the tracker now, on today's date. */
function expectedChanges(sequence: number): Changes {
  const recorded = readHistory(historySheet().values).find((s) => s.sequence === sequence)!;
  return compareSnapshots(recorded, snapshotOf(validated(NOW), localDate()));
}

async function openSummary(host: FakeHost, lang: Lang) {
  const t = STRINGS[lang];
  render(<App host={host} lang={lang} />);
  fireEvent.click(await screen.findByRole('tab', { name: t.tabs.summary }));
  // The summary tab loads on first use.
  await screen.findByRole('button', { name: t.summary.build }, { timeout: 10_000 });
  return t;
}

/** The counts the changes section shows, by kind. */
function shownCounts(lang: Lang): Record<string, number> {
  const t = STRINGS[lang];
  const list = within(screen.getByTestId('changes')).getByRole('list', { name: t.changes.countsLabel });
  const counts: Record<string, number> = {};
  for (const item of within(list).getAllByRole('listitem')) {
    const section = CHANGE_SECTIONS.find((s) => item.textContent!.startsWith(t.changes.sections[s]))!;
    counts[section] = Number(item.textContent!.slice(t.changes.sections[section].length));
  }
  return counts;
}

const countsOf = (changes: Changes) => Object.fromEntries(CHANGE_SECTIONS.map((s) => [s, changes[s].length]));

describe.each<Lang>(['ja', 'en'])('task pane: snapshots (%s)', (lang) => {
  test('the controls offer the recorded snapshots, the latest earlier one first and chosen', async () => {
    const host = hostWithHistory();
    const t = await openSummary(host, lang);
    expect((screen.getByRole('checkbox', { name: t.summary.record }) as HTMLInputElement).checked).toBe(true);
    const again = screen.getByRole('checkbox', { name: t.summary.again }) as HTMLInputElement;
    expect(again.checked).toBe(false);
    const select = screen.getByRole('combobox', { name: t.summary.compareWith }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      t.summary.snapshotOption(2, '2020-10-01'),
      t.summary.snapshotOption(1, '2020-09-01'),
      t.summary.compareNone,
    ]);
    expect(select.value).toBe('2');
    // Recording off: recording again makes no sense.
    fireEvent.click(screen.getByRole('checkbox', { name: t.summary.record }));
    expect(again.disabled).toBe(true);
  });

  test("a build records today and shows the engine's changes since the last record", async () => {
    const host = hostWithHistory();
    const t = await openSummary(host, lang);
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    const section = await screen.findByTestId('changes');
    const expected = expectedChanges(2);
    expect(within(section).getByRole('heading', { name: t.changes.title })).toBeTruthy();
    expect(within(section).getByText(t.changes.recorded(3, localDate()))).toBeTruthy();
    expect(within(section).getByText(t.changes.range('2020-10-01', localDate()))).toBeTruthy();
    expect(shownCounts(lang)).toEqual(countsOf(expected));
    expect(countsOf(expected)).toEqual({
      statusChanged: 2,
      newlyCompleted: 1,
      newlyStopped: 1,
      progressUp: 1,
      progressDown: 1,
      added: 1,
      gone: 1,
    });
    // Each non-empty kind lists its measures with what moved.
    const postponed = within(section).getByRole('list', { name: t.changes.sections.newlyStopped });
    const [sns] = expected.newlyStopped;
    expect(
      within(postponed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${sns.code} ${sns.title}${t.changes.where(sns)}: ${t.changes.movement(sns, 'newlyStopped')}`]);
    const gone = within(section).getByRole('list', { name: t.changes.sections.gone });
    expect(within(gone).getByText(new RegExp(t.changes.movement(expected.gone[0], 'gone').replace(/[()]/g, '\\$&')))).toBeTruthy();

    // The sheet written says the same, and the history now holds three records.
    const spec = host.written[0];
    const changesSheet = spec.sheets.find(
      (s) => s.name === changesSheetSpec(expected, snapshotOf(validated(NOW), localDate()), lang).name,
    )!;
    expect(changesSheet.values).toEqual(changesSheetSpec(expected, snapshotOf(validated(NOW), localDate()), lang).values);
    expect(readHistory(host.workbook.sheets.find((s) => s.name === HISTORY_SHEET)!.values).map((s) => s.sequence)).toEqual([1, 2, 3]);
  });

  test('choosing another snapshot changes the figures shown, and says the sheet compares with the first', async () => {
    const host = hostWithHistory();
    const t = await openSummary(host, lang);
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    await screen.findByTestId('changes');
    expect(shownCounts(lang)).toEqual(countsOf(expectedChanges(2)));

    const select = screen.getByRole('combobox', { name: t.summary.compareWith }) as HTMLSelectElement;
    // Today's record is "now", not something to compare with.
    expect([...select.options].map((o) => o.value)).toEqual(['2', '1', 'none']);
    fireEvent.change(select, { target: { value: '1' } });
    const sinceSeptember = expectedChanges(1);
    expect(shownCounts(lang)).toEqual(countsOf(sinceSeptember));
    expect(countsOf(sinceSeptember)).not.toEqual(countsOf(expectedChanges(2)));
    expect(screen.getByText(t.changes.range('2020-09-01', localDate()))).toBeTruthy();
    expect(screen.getByText(t.changes.sheetDiffers(t.summary.snapshotOption(2, '2020-10-01')))).toBeTruthy();

    fireEvent.change(select, { target: { value: 'none' } });
    expect(within(screen.getByTestId('changes')).getByText(t.changes.noEarlier)).toBeTruthy();

    // Building again writes the chosen comparison; today has a record, so none is added.
    fireEvent.change(select, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    await waitFor(() => expect(host.written).toHaveLength(2));
    await screen.findByText(t.changes.sameDay(localDate()));
    const changesName = changesSheetSpec(undefined, snapshotOf(validated(NOW), localDate()), lang).name;
    expect(host.written[1].sheets.find((s) => s.name === changesName)!.values).toEqual(
      changesSheetSpec(sinceSeptember, snapshotOf(validated(NOW), localDate()), lang).values,
    );
    expect(host.written[1].sheets.map((s) => s.name)).not.toContain(HISTORY_SHEET);
    expect(screen.queryByText(t.changes.sheetDiffers(t.summary.snapshotOption(2, '2020-10-01')))).toBeNull();
  });

  test('a same-day rebuild records nothing unless "record again" is ticked', async () => {
    const host = hostWithHistory();
    const t = await openSummary(host, lang);
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    await screen.findByText(t.changes.recorded(3, localDate()));
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    await screen.findByText(t.changes.sameDay(localDate()));
    fireEvent.click(screen.getByRole('checkbox', { name: t.summary.again }));
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    await screen.findByText(t.changes.recorded(4, localDate()));
    const history = readHistory(host.workbook.sheets.find((s) => s.name === HISTORY_SHEET)!.values);
    expect(history.map((s) => [s.sequence, s.date])).toEqual([
      [1, '2020-09-01'],
      [2, '2020-10-01'],
      [3, localDate()],
      [4, localDate()],
    ]);
  });
});

describe.each<Lang>(['ja', 'en'])('task pane: merging tracker sheets (%s)', (lang) => {
  const DIGITAL = 'デジタル行政戦略課';
  const PR = '広報広聴課';
  const digital = sheet(DIGITAL, [row(), row({ ...AI })]);
  // The same measure and year as on the first sheet, reported differently.
  const pr = sheet(PR, [row({ 担当課: PR, 進捗状況: '完了', 進捗率: 100, 実績値: 100 }), row({ ...SNS })]);

  test('merging shows the conflict with what each sheet says', async () => {
    const host = new FakeHost({ sheets: [digital, pr] });
    const t = await openSummary(host, lang);
    fireEvent.click(screen.getByRole('button', { name: t.summary.consolidate }));
    const section = await screen.findByTestId('conflicts');
    const alone = (s: SheetData) => validateWorkbook({ sheets: [s] }, DEFAULT_PLAN, { lang });
    const { conflicts } = consolidate([
      { source: DIGITAL, result: alone(digital) },
      { source: PR, result: alone(pr) },
    ]);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(within(section).getByRole('heading', { name: t.conflicts.title(1) })).toBeTruthy();
    const name = t.conflicts.measure(conflict.measure, conflict.measureTitle, conflict.fiscalYear);
    const entries = within(section).getByRole('list', { name });
    expect(
      within(entries)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(conflict.entries.map((e) => t.conflicts.entry(e.source, e.row, e.status, e.progress)));
    expect(conflict.entries.map((e) => [e.source, e.status, e.progress])).toEqual([
      [DIGITAL, '実施中', 50],
      [PR, '完了', 100],
    ]);
    // One write: the merge, the summary over it and the first snapshot; all left out of the next check.
    expect(host.written).toHaveLength(1);
    expect(host.written[0].sheets.map((s) => s.name)).toContain(HISTORY_SHEET);
    for (const written of host.written[0].sheets) expect(host.settings.mappings[written.name]).toEqual({ excluded: true });
    expect(await screen.findByTestId('changes')).toBeTruthy();
  });

  test('merging needs two tracker sheets', async () => {
    const host = new FakeHost({ sheets: [digital] });
    const t = await openSummary(host, lang);
    expect(screen.getByText(t.summary.consolidateNeedsTwo)).toBeTruthy();
    expect((screen.getByRole('button', { name: t.summary.consolidate }) as HTMLButtonElement).disabled).toBe(true);
  });
});

test('the summary tab after a merge with changes has no accessibility violations axe can see in jsdom', async () => {
  const digital = sheet('デジタル行政戦略課', NOW);
  const pr = sheet('広報広聴課', [row({ 担当課: '広報広聴課', 進捗状況: '完了', 進捗率: 100 })]);
  const host = new FakeHost({ sheets: [digital, pr, historySheet()] });
  const t = await openSummary(host, 'ja');
  fireEvent.click(screen.getByRole('button', { name: t.summary.consolidate }));
  await screen.findByTestId('conflicts');
  await screen.findByTestId('changes');
  // Colour contrast needs layout, which jsdom has not; the e2e run checks it in a browser.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
