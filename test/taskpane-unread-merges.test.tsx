/** The pane's note on a sheet whose merged cells this Excel (below ExcelApi 1.13) cannot read. */
import './support/dom-setup';
import { cleanup, render, screen, within } from '@testing-library/react';
import { parseA1Range } from '../src/core/a1';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice } from './support/strict-excel-fake';
import { HEADERS, row as trackerRow, type Row } from './support/tracker';

/** A tracker row as cells Excel holds (these rows have no dates). */
const row = (over: Row) => trackerRow(over) as (string | number | boolean | null)[];

afterEach(cleanup);

function workbook(apiVersion: number) {
  const office = createFakeOffice(apiVersion);
  const sheet = office.model
    .addSheet('進捗')
    .put('A1', [
      ['行政経営プラン 進捗管理表'],
      [],
      HEADERS,
      row({ 年度: 2023 }),
      row({ 年度: 2024, 担当課: null }),
      row({ 年度: 2025, 担当課: null }),
    ]);
  sheet.merges = ['A1:R1', 'F4:F6'].map((range) => parseA1Range(range));
  return createOfficeHost({ environment: office.environment });
}

test('below ExcelApi 1.13 the check tab says the sheet’s merged cells cannot be read and names the cells read as merged', async () => {
  const t = STRINGS.ja;
  render(<App host={workbook(7)} lang="ja" />);
  const note = await screen.findByTestId('unread-merges');
  expect(within(note).getByText(t.unreadMerges.title('進捗'))).toBeTruthy();
  expect(within(note).getByText(t.unreadMerges.carried(['F5', 'F6'], 0))).toBeTruthy();
});

test('with ExcelApi 1.13 there is nothing to say', async () => {
  render(<App host={workbook(13)} lang="en" />);
  await screen.findByText(STRINGS.en.validate.checkedAt(1, 3));
  expect(screen.queryByTestId('unread-merges')).toBeNull();
});
