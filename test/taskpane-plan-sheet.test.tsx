/** The task pane on a workbook that keeps its plan in the visible plan sheet 「プラン」: where the period comes from, and a damaged sheet named cell by cell. */
import './support/dom-setup';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { planTableSheet } from '../src/summary/plan-table-sheet';
import { templateWorkbookSpec } from '../src/summary/template';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import type { CellValue } from '../src/core/cell';
import { FakeHost, OTHER_PLAN, sheetDataFromSample } from './support/fake-host';

afterEach(cleanup);

const tableValues = () => planTableSheet(OTHER_PLAN, 'ja').values.map((row) => [...row]) as CellValue[][];
const tracker = () => sheetDataFromSample(sampleTracker(OTHER_PLAN, { mistakes: false, fiscalYears: [2030] }));

describe('task pane: the plan sheet', () => {
  test('names the plan sheet as the plan in use and the cells its period comes from', async () => {
    const t = STRINGS.ja;
    render(<App host={new FakeHost({ sheets: [tracker()], planSheet: tableValues() })} lang="ja" />);
    await screen.findByRole('tab', { name: t.tabs.validate });
    const line = screen.getByText(t.planInUse.line(OTHER_PLAN.name, 'workbook'), { exact: false });
    expect(line.textContent).toContain(t.periodNote(2030, 2034, false));
    expect(line.textContent).toContain('期間の出典: シート「プラン」の開始年度 B5・終了年度 B6');
  });

  test('a damaged plan sheet is named cell by cell, and the default plan is used meanwhile', async () => {
    const t = STRINGS.en;
    const values = tableValues();
    const header = values.findIndex((row) => row[0] === '方針番号' && row[1] === '方針');
    values[header + 1][6] = '1-1-1-2';
    render(<App host={new FakeHost({ sheets: [tracker()], planSheet: values })} lang="en" />);
    await screen.findByRole('tab', { name: t.tabs.validate });
    expect(screen.getByText(t.planInUse.badSheetTitle)).toBeTruthy();
    expect(
      screen.getByText(
        t.planInUse.badSheet(`プラン!G${header + 2}: 事業番号 1-1-1-2 は順番どおりではありません（ここは 1-1-1-1 のはずです）`),
      ),
    ).toBeTruthy();
    const line = screen.getByText(t.planInUse.line(DEFAULT_PLAN.name, 'default'), { exact: false });
    expect(line.textContent).toContain('(period from the default plan)');
  });

  test('ひな形 in a workbook that keeps a plan sheet adds the tracker only, leaving the plan sheet as staff left it', async () => {
    const t = STRINGS.ja;
    const host = new FakeHost({ sheets: [tracker()], planSheet: tableValues() });
    render(<App host={host} lang="ja" />);
    fireEvent.click(await screen.findByRole('tab', { name: t.tabs.template }));
    fireEvent.change(await screen.findByRole('combobox', { name: t.template.fiscalYear }, { timeout: 10_000 }), {
      target: { value: '2031' },
    });
    fireEvent.click(screen.getByRole('button', { name: t.template.add }));
    await screen.findByTestId('write-result');
    const [[spec]] = host.callsOf('writeSheets') as [[{ sheets: { name: string }[] }]];
    expect(spec.sheets).toEqual([templateWorkbookSpec(OTHER_PLAN, { fiscalYear: 2031, lang: 'ja' }).sheets[0]]);
  });

  test('ひな形 in a workbook without one writes the plan sheet beside the tracker', async () => {
    const t = STRINGS.ja;
    const host = new FakeHost({ sheets: [sheetDataFromSample(sampleTracker(DEFAULT_PLAN, { mistakes: false, fiscalYears: [2025] }))] });
    render(<App host={host} lang="ja" />);
    fireEvent.click(await screen.findByRole('tab', { name: t.tabs.template }));
    fireEvent.change(await screen.findByRole('combobox', { name: t.template.fiscalYear }, { timeout: 10_000 }), {
      target: { value: '2025' },
    });
    fireEvent.click(screen.getByRole('button', { name: t.template.add }));
    await screen.findByTestId('write-result');
    const [[spec]] = host.callsOf('writeSheets') as [[{ sheets: { name: string }[] }]];
    expect(spec.sheets.map((s) => s.name)).toEqual(['進捗管理表2025', 'プラン']);
  });
});
