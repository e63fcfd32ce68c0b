/** The task pane on a workbook that keeps its plan in the visible plan sheet 「プラン」: where the period comes from, and a damaged sheet named cell by cell. */
import './support/dom-setup';
import { cleanup, render, screen } from '@testing-library/react';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { planTableSheet } from '../src/summary/plan-table-sheet';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/i18n';
import type { CellValue } from '../src/tracker/cell';
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
    expect(screen.getByText(t.planInUse.badSheet(`プラン!G${header + 2}: 事業番号 1-1-1-2 は順番どおりではありません（ここは 1-1-1-1 のはずです）`))).toBeTruthy();
    const line = screen.getByText(t.planInUse.line(DEFAULT_PLAN.name, 'default'), { exact: false });
    expect(line.textContent).toContain('(period from the default plan)');
  });
});
