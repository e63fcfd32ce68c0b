/** The pane asks before a build replaces an add-in sheet the user edited; on the strict Excel fake. */
import './support/dom-setup';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice, type FakeOffice } from './support/strict-excel-fake';
import { putSampleTracker } from './support/office-tracker';

afterEach(cleanup);

const t = STRINGS.ja;

/** The pane on a workbook with a tracker, its summary built once, and 方針別!C6 then typed over. */
async function paneWithEditedSummary(): Promise<FakeOffice> {
  const office = createFakeOffice(9);
  putSampleTracker(office, sampleTracker(DEFAULT_PLAN));
  render(<App host={createOfficeHost({ environment: office.environment })} lang="ja" />);
  fireEvent.click(await screen.findByRole('tab', { name: t.tabs.summary }));
  // The summary tab loads on first use.
  fireEvent.click(await screen.findByRole('button', { name: t.summary.build }));
  await screen.findByTestId('write-result');
  office.model.sheet('方針別')!.put('C6', [[999]]);
  fireEvent.click(screen.getByRole('button', { name: t.summary.build }));
  return office;
}

test('the question names the edited sheet and row; 置き換える replaces it', async () => {
  const office = await paneWithEditedSummary();
  const prompt = await screen.findByRole('alertdialog', { name: t.edited.title });
  expect(within(prompt).getByText(t.edited.sheet('方針別', 6, 6))).toBeTruthy();
  expect(office.model.sheet('方針別')!.valueAt('C6')).toBe(999);
  fireEvent.click(within(prompt).getByRole('button', { name: t.edited.replace }));
  await screen.findByTestId('write-result');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(office.model.sheet('方針別')!.valueAt('C6')).not.toBe(999);
  expect(office.model.sheet('方針別 (2)')).toBeUndefined();
});

test('新しいシートに書く keeps the edited sheet and writes the summary beside it', async () => {
  const office = await paneWithEditedSummary();
  const prompt = await screen.findByRole('alertdialog', { name: t.edited.title });
  fireEvent.click(within(prompt).getByRole('button', { name: t.edited.newSheet }));
  const result = await screen.findByTestId('write-result');
  expect(within(result).getByText(t.write.renamed('方針別', '方針別 (2)'))).toBeTruthy();
  expect(office.model.sheet('方針別')!.valueAt('C6')).toBe(999);
  expect(typeof office.model.sheet('方針別 (2)')!.valueAt('C6')).toBe('number');
});

test('やめる writes nothing and closes the question', async () => {
  const office = await paneWithEditedSummary();
  const prompt = await screen.findByRole('alertdialog', { name: t.edited.title });
  const sheets = office.model.sheets.map((s) => s.name);
  fireEvent.click(within(prompt).getByRole('button', { name: t.edited.cancel }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(office.model.sheets.map((s) => s.name)).toEqual(sheets);
  expect(office.model.sheet('方針別')!.valueAt('C6')).toBe(999);
});
