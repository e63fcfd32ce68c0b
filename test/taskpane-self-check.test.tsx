/** The pane's 「動作確認」 on the strict Excel fake: runs the checks and shows a report to copy. */
import './support/dom-setup';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SelfCheckPanel } from '../src/taskpane/SelfCheckPanel';
import { SELF_CHECK_STRINGS } from '../src/taskpane/self-check-strings';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice } from './support/strict-excel-fake';
import { FakeHost } from './support/fake-host';
import { UndoNotice } from '../src/taskpane/UndoNotice';
import { UNDO_NOTICE_STRINGS } from '../src/taskpane/undo-notice-strings';

afterEach(cleanup);

test('「動作確認」 runs every check in Excel and shows the report to copy', async () => {
  const office = createFakeOffice(9);
  office.model.addSheet('進捗');
  const t = SELF_CHECK_STRINGS.ja;
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfCheckPanel host={createOfficeHost({ environment: office.environment })} lang="ja" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: t.button }));
  const report = (await screen.findByRole('textbox', { name: t.reportLabel })) as HTMLTextAreaElement;
  expect(report.value).toContain('OK 10 件、失敗 0 件、対象外 0 件');
  expect(report.value).toContain(`[OK] ${t.checks.conditionalFormat}`);
  expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗']);
});

test('hosts without a self-check (the browser preview) show no button', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfCheckPanel host={new FakeHost()} lang="en" />
    </FluentProvider>,
  );
  expect(screen.queryByRole('button', { name: SELF_CHECK_STRINGS.en.button })).toBeNull();
});

describe('the undo notice (Excel below ExcelApi 1.20)', () => {
  beforeEach(() => localStorage.clear());

  test("shown before anything is written where Excel's undo does not cover the add-in; dismissed for good", async () => {
    const office = createFakeOffice(17); // Office LTSC 2024
    const capabilities = await createOfficeHost({ environment: office.environment }).capabilities();
    const t = UNDO_NOTICE_STRINGS.ja;
    const { unmount } = render(
      <FluentProvider theme={webLightTheme}>
        <UndoNotice capabilities={capabilities} lang="ja" />
      </FluentProvider>,
    );
    expect(screen.getByText(t.title)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t.ok }));
    expect(screen.queryByText(t.title)).toBeNull();
    unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <UndoNotice capabilities={capabilities} lang="ja" />
      </FluentProvider>,
    );
    expect(screen.queryByText(t.title)).toBeNull();
  });

  test('not shown on ExcelApi 1.20 nor in the browser preview', async () => {
    const capabilities = await createOfficeHost({ environment: createFakeOffice(20).environment }).capabilities();
    render(
      <FluentProvider theme={webLightTheme}>
        <UndoNotice capabilities={capabilities} lang="en" />
        <UndoNotice capabilities={await new FakeHost().capabilities()} lang="en" />
      </FluentProvider>,
    );
    expect(screen.queryByText(UNDO_NOTICE_STRINGS.en.title)).toBeNull();
  });
});
