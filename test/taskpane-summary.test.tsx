/** The pane's summary and template tabs on an in-memory host, with the real summary engine. */
import './support/dom-setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize, summaryWorkbookSpec } from '../src/summary/index';
import { templateWorkbookSpec } from '../src/summary/template';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import type { Lang } from '../src/core/lang';
import { validateWorkbook } from '../src/validate/validate-workbook';
import type { WorkbookSpec } from '../src/core/sheet-spec';
import { snapshotSheets } from '../src/app/history';
import { FakeHost, FULL_CAPABILITIES, sampleWorkbook } from './support/fake-host';

afterEach(cleanup);

async function openTab(host: FakeHost, lang: Lang, tab: 'summary' | 'template') {
  const t = STRINGS[lang];
  render(<App host={host} lang={lang} />);
  fireEvent.click(await screen.findByRole('tab', { name: t.tabs[tab] }));
  // Each tab loads on first use.
  await screen.findByRole('button', { name: tab === 'summary' ? t.summary.build : t.template.add }, { timeout: 10_000 });
  return t;
}

function summarySpec(lang: Lang, fiscalYear?: number): WorkbookSpec {
  const result = validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang });
  return summaryWorkbookSpec(summarize(result, DEFAULT_PLAN, { lang, fiscalYear }), result, DEFAULT_PLAN, { lang });
}

/**
 * What the pane writes for the sample on a fresh workbook: the engine's summary with today's first
 * snapshot (the changes and trend after the meeting sheet, the history last).
 */
function paneBuildSpec(lang: Lang, fiscalYear?: number): WorkbookSpec {
  const result = validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang });
  const summary = summarize(result, DEFAULT_PLAN, { lang, fiscalYear });
  const [meeting, ...tables] = summaryWorkbookSpec(summary, result, DEFAULT_PLAN, { lang }).sheets;
  const { sheets } = snapshotSheets(summary, result, { workbook: sampleWorkbook(), ownSheets: [], record: true }, lang);
  return { sheets: [meeting, ...sheets.changeSheets, ...tables, sheets.historySheet!] };
}

describe('task pane: summary', () => {
  test('build writes the engine summary and explains a sheet written under another name', async () => {
    const host = new FakeHost();
    const spec = paneBuildSpec('ja');
    const taken = spec.sheets[0].name;
    host.workbook.sheets.push({ name: taken, values: [['自分のメモ']] });
    const t = await openTab(host, 'ja', 'summary');
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    const result = await screen.findByTestId('write-result');
    expect(host.callsOf('writeSheets')).toEqual([[spec]]);
    // The summary sheets are the engine's, with the snapshot sheets among them.
    expect(spec.sheets.filter((s) => summarySpec('ja').sheets.some((x) => x.name === s.name))).toEqual(summarySpec('ja').sheets);
    const used = `${taken} (2)`;
    const written = within(result).getByRole('list', { name: t.write.sheets });
    expect(
      within(written)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([used, ...spec.sheets.slice(1).map((s) => s.name)]);
    expect(within(result).getByText(t.write.renamed(taken, used))).toBeTruthy();
    // The user's sheet is as it was.
    expect(host.workbook.sheets.find((s) => s.name === taken)!.values).toEqual([['自分のメモ']]);
  });

  test('the fiscal-year filter reaches the summary, and skipped features are explained', async () => {
    const host = new FakeHost();
    host.skippedFeatures = ['印刷設定（ExcelApi 1.9 が必要）'];
    const t = await openTab(host, 'en', 'summary');
    fireEvent.change(screen.getByRole('combobox', { name: t.summary.fiscalYear }), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    const result = await screen.findByTestId('write-result');
    expect(host.callsOf('writeSheets')).toEqual([[paneBuildSpec('en', 2024)]]);
    expect(within(result).getByText(host.skippedFeatures[0])).toBeTruthy();
    expect(within(result).getByText(t.write.skippedHint)).toBeTruthy();
  });

  test('progress shows while the sheets are written', async () => {
    const host = new FakeHost();
    const release = host.hold('writeSheets');
    const t = await openTab(host, 'ja', 'summary');
    fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
    expect(await screen.findByText(t.busy.summary)).toBeTruthy();
    expect((screen.getByRole('button', { name: t.summary.build }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await screen.findByTestId('write-result');
    expect(screen.queryByText(t.busy.summary)).toBeNull();
  });
});

describe('task pane: template', () => {
  test('adds the plan template for the chosen year and department', async () => {
    const host = new FakeHost(sampleWorkbook(), { ...FULL_CAPABILITIES, dataValidation: false });
    const t = await openTab(host, 'ja', 'template');
    expect(await screen.findByText(t.template.noDropDowns)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: t.template.fiscalYear }), { target: { value: '2026' } });
    fireEvent.change(screen.getByRole('textbox', { name: t.template.department }), { target: { value: '財政課' } });
    fireEvent.click(screen.getByRole('button', { name: t.template.add }));
    await screen.findByTestId('write-result');
    expect(host.callsOf('writeSheets')).toEqual([
      [templateWorkbookSpec(DEFAULT_PLAN, { fiscalYear: 2026, department: '財政課', lang: 'ja' })],
    ]);
    // The new sheet is read in at once: the pane reads the workbook again.
    await waitFor(() => expect(host.callsOf('readWorkbook')).toHaveLength(2));
  });
});
