/**
 * The task pane on an in-memory host: the sample tracker's planted mistakes, checked in both
 * languages, every button's effect on the host, mapping saved and reused, failures shown.
 * Expected values come from the engine run on the same cells, not from hard-coded guesses.
 */
import './support/dom-setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { highlightTargets } from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { MISTAKES } from '../src/sample/sample-tracker';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { ISSUE_PAGE } from '../src/taskpane/IssueList';
import type { SheetMapping } from '../src/tracker/read-tracker';
import type { Lang } from '../src/core/lang';
import { noTrackerMessage, validateWorkbook } from '../src/validate/validate-workbook';
import { FakeHost, hostError, OTHER_PLAN, otherPlanWorkbook, planSheetValues, sampleWorkbook } from './support/fake-host';

afterEach(cleanup);

function expected(lang: Lang, mappings: Record<string, SheetMapping> = {}) {
  return validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang, mappings });
}

async function renderPane(host = new FakeHost(), lang: Lang = 'ja') {
  const t = STRINGS[lang];
  const view = render(<App host={host} lang={lang} />);
  await screen.findByRole('tab', { name: t.tabs.validate });
  // The check's panel is its own chunk, loaded after the pane's first render.
  await screen.findByRole('list', { name: t.validate.countsLabel });
  return { host, t, view };
}

/** The numbers shown in the severity counts, by severity. */
function shownCounts(lang: Lang): Record<string, number> {
  const list = screen.getByRole('list', { name: STRINGS[lang].validate.countsLabel });
  const counts: Record<string, number> = {};
  for (const item of within(list).getAllByRole('listitem')) {
    counts[item.getAttribute('data-severity')!] = Number(item.firstElementChild!.textContent);
  }
  return counts;
}

/**
 * The button of an issue, named "H12: message" (cell, separator, message: the name comes from its
 * text, and how a browser spaces an element's children in a name varies, so spaces are ignored).
 */
function issueName(lang: Lang, cell: string, message: string) {
  const want = STRINGS[lang].validate.issueLabel(cell, message).replace(/\s+/g, '');
  return (name: string) => name.replace(/\s+/g, '') === want;
}

/** Issue buttons on the page: their names start with the cell address. */
function issueButtons(): HTMLElement[] {
  return screen.queryAllByRole('button', { name: /^[A-Z]+\d+\s*[:：]/ });
}

describe('task pane: validate', () => {
  test('Japanese: counts by severity equal the engine result for the sample, with every planted mistake', async () => {
    const want = expected('ja');
    // The sample plants one issue per mistake plus a duplicated row: the engine must find them all.
    expect(want.issues.length).toBe(MISTAKES.length + 1);
    await renderPane(new FakeHost(), 'ja');
    expect(shownCounts('ja')).toEqual(want.counts);
    expect(screen.getByRole('heading', { name: STRINGS.ja.appTitle })).toBeTruthy();
    for (const issue of want.issues) {
      expect(screen.getByRole('button', { name: issueName('ja', issue.cell, issue.message) })).toBeTruthy();
    }
  });

  test('English: tabs, counts and issue messages in English', async () => {
    const want = expected('en');
    const { t } = await renderPane(new FakeHost(), 'en');
    for (const name of Object.values(t.tabs)) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(shownCounts('en')).toEqual(want.counts);
    const first = want.issues[0];
    expect(first.message).not.toBe(expected('ja').issues[0].message);
    expect(screen.getByRole('button', { name: issueName('en', first.cell, first.message) })).toBeTruthy();
    expect(screen.getByRole('button', { name: t.validate.revalidate })).toBeTruthy();
  });

  test('clicking an issue selects its sheet and cell', async () => {
    const { host } = await renderPane();
    const target = expected('ja').issues.find((i) => i.rule === 'date-order')!;
    fireEvent.click(screen.getByRole('button', { name: issueName('ja', target.cell, target.message) }));
    await waitFor(() => expect(host.selected).toEqual([{ sheet: target.sheet, cell: target.cell }]));
  });

  test('the issue list is one Tab stop; arrow keys, Home and End move inside it', async () => {
    await renderPane();
    const group = expected('ja').issues.filter((i) => i.rule === 'invalid-choice');
    expect(group.length).toBeGreaterThanOrEqual(3);
    const buttons = group.map((i) => screen.getByRole('button', { name: issueName('ja', i.cell, i.message) }));
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, ...buttons.slice(1).map(() => -1)]);
    act(() => buttons[0].focus());
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1].tabIndex).toBe(0);
    expect(buttons[0].tabIndex).toBe(-1);
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  test('tabs: arrow keys move between tabs, a click opens one', async () => {
    const { t } = await renderPane();
    const validate = screen.getByRole('tab', { name: t.tabs.validate });
    expect(validate.getAttribute('aria-selected')).toBe('true');
    act(() => validate.focus());
    fireEvent.keyDown(validate, { key: 'ArrowRight' });
    const mapping = screen.getByRole('tab', { name: t.tabs.mapping });
    expect(document.activeElement).toBe(mapping);
    fireEvent.click(mapping);
    expect(mapping.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: t.tabs.mapping })).toBeTruthy();
  });

  test('issues are grouped by sheet and rule, errors first', async () => {
    const { t } = await renderPane();
    const want = expected('ja');
    const sheetSection = screen.getByRole('region', { name: new RegExp(want.issues[0].sheet) });
    const groupButtons = within(sheetSection).getAllByRole('button', { expanded: true });
    const rules = new Set(want.issues.map((i) => i.rule));
    expect(groupButtons).toHaveLength(rules.size);
    expect(groupButtons[0].textContent).toContain(t.severity.error);
    expect(groupButtons[groupButtons.length - 1].textContent).toContain(t.severity.info);
    // Collapsing a group removes its issues from the page.
    const conflict = want.issues.find((i) => i.rule === 'status-progress-conflict')!;
    const conflictGroup = groupButtons.find((b) => b.textContent!.includes(t.rules['status-progress-conflict']))!;
    fireEvent.click(conflictGroup);
    expect(conflictGroup.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: issueName('ja', conflict.cell, conflict.message) })).toBeNull();
  });

  test('filters by severity and by text', async () => {
    const { t } = await renderPane();
    const want = expected('ja');
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${t.severity.error}`) }));
    const nonErrors = want.issues.filter((i) => i.severity !== 'error');
    await screen.findByText(t.validate.shown(nonErrors.length, want.issues.length));
    for (const issue of nonErrors) expect(screen.getByRole('button', { name: issueName('ja', issue.cell, issue.message) })).toBeTruthy();
    const anError = want.issues.find((i) => i.severity === 'error')!;
    expect(screen.queryByRole('button', { name: issueName('ja', anError.cell, anError.message) })).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${t.severity.error}`) }));
    const target = want.issues.find((i) => i.rule === 'date-order')!;
    fireEvent.change(screen.getByRole('searchbox', { name: t.validate.textFilter }), { target: { value: target.cell } });
    const matching = want.issues.filter((i) =>
      `${i.sheet} ${i.cell} ${i.message} ${i.value ?? ''}`.toLowerCase().includes(target.cell.toLowerCase()),
    );
    await screen.findByText(t.validate.shown(matching.length, want.issues.length));
    expect(screen.getByRole('button', { name: issueName('ja', target.cell, target.message) })).toBeTruthy();
  });

  test('highlight marks one cell per issue cell and clear removes the marks', async () => {
    const { host, t } = await renderPane();
    const want = expected('ja');
    fireEvent.click(screen.getByRole('button', { name: t.validate.highlight }));
    const targets = highlightTargets(want.issues);
    await screen.findByText(t.validate.highlighted(targets.length));
    expect(host.highlighted).toEqual(targets);
    fireEvent.click(screen.getByRole('button', { name: t.validate.clear }));
    await screen.findByText(t.validate.cleared);
    expect(host.highlighted).toEqual([]);
    expect(host.callsOf('clearHighlights').length).toBe(2);
  });

  test('re-validate reads the workbook again and shows the edited counts', async () => {
    const { host, t } = await renderPane();
    const before = expected('ja').counts;
    // The user fixes the out-of-range progress (120) in Excel, then checks again.
    const sheet = host.workbook.sheets[0];
    const progressColumn = sheet.values[2].indexOf('進捗率');
    const fixed = sheet.values.find((row) => row[progressColumn] === 120)!;
    fixed[progressColumn] = 100;
    fireEvent.click(screen.getByRole('button', { name: t.validate.revalidate }));
    await waitFor(() => expect(host.callsOf('readWorkbook').length).toBe(2));
    const after = validateWorkbook(host.workbook, DEFAULT_PLAN, { lang: 'ja' }).counts;
    expect(after.error + after.warning).toBeLessThan(before.error + before.warning);
    await waitFor(() => expect(shownCounts('ja')).toEqual(after));
  });

  test('a long issue list starts collapsed and renders a page at a time', async () => {
    // Every row of a 3,000-row tracker without a department: 3,000 issues in one group.
    const workbook = sampleWorkbook(DEFAULT_PLAN, { mistakes: false, minRows: 3000 });
    const sheet = workbook.sheets[0];
    const departmentColumn = sheet.values[2].indexOf('担当課');
    for (const row of sheet.values.slice(3)) row[departmentColumn] = null;
    const want = validateWorkbook(workbook, DEFAULT_PLAN, { lang: 'ja' });
    expect(want.issues.length).toBeGreaterThanOrEqual(3000);
    const { t } = await renderPane(new FakeHost(workbook));
    expect(shownCounts('ja').error).toBe(want.counts.error);
    expect(issueButtons()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(t.rules['missing-required']) }));
    expect(issueButtons()).toHaveLength(ISSUE_PAGE);
    fireEvent.click(screen.getByRole('button', { name: t.validate.showMore(want.issues.length - ISSUE_PAGE) }));
    expect(issueButtons().length).toBeGreaterThan(ISSUE_PAGE);
    expect(issueButtons().length).toBeLessThan(want.issues.length);
  });

  test('a workbook without a tracker says what was looked for', async () => {
    const host = new FakeHost({ sheets: [{ name: 'メモ', values: [['打合せメモ'], ['来週までに入力']] }] });
    const t = STRINGS.ja;
    render(<App host={host} lang="ja" />);
    await screen.findByText(t.noTracker.title);
    expect(screen.getByText(noTrackerMessage('ja'))).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: t.tabs.summary }));
    expect(((await screen.findByRole('button', { name: t.summary.build }, { timeout: 10_000 })) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('task pane: the plan in use', () => {
  test('a workbook keeping its own plan is checked against it, and the pane names that plan', async () => {
    const { t } = await renderPane(new FakeHost(otherPlanWorkbook()), 'ja');
    expect(screen.getByText(t.planInUse.line(OTHER_PLAN.name, 'workbook'), { exact: false })).toBeTruthy();
    expect(shownCounts('ja').error).toBe(0);
    expect(screen.queryByText(t.planInUse.badSheetTitle)).toBeNull();
  });

  test('a damaged plan sheet: a warning with the path that is wrong, and the default plan in use', async () => {
    const broken = [planSheetValues()[0], ['{"name": "x", "period": {"startYear": 2023, "endYear": 2027}, "policies": []}']];
    const { t } = await renderPane(new FakeHost({ ...sampleWorkbook(), planSheet: broken }), 'en');
    expect(screen.getByText(t.planInUse.badSheetTitle)).toBeTruthy();
    expect(screen.getByText(t.planInUse.badSheet('policies: expected at least 1 item(s)'))).toBeTruthy();
    expect(screen.getByText(t.planInUse.line(DEFAULT_PLAN.name, 'default'), { exact: false })).toBeTruthy();
    expect(shownCounts('en').error).toBe(expected('en').counts.error);
  });
});

describe('task pane: mapping', () => {
  test('a changed column is saved in the workbook settings, used at once and next time', async () => {
    const { host, t } = await renderPane();
    fireEvent.click(screen.getByRole('tab', { name: t.tabs.mapping }));
    const sheetName = host.workbook.sheets[0].name;
    const statusSelect = (await screen.findByRole(
      'combobox',
      { name: t.mapping.columnLabel('進捗状況', sheetName) },
      { timeout: 10_000 },
    )) as HTMLSelectElement;
    expect(statusSelect.value).toBe(String(host.workbook.sheets[0].values[2].indexOf('進捗状況') + 1));
    fireEvent.change(statusSelect, { target: { value: '' } });
    await screen.findByText(t.mapping.saved(sheetName));
    const mapping: SheetMapping = { columns: { status: null } };
    expect(host.settings.mappings).toEqual({ [sheetName]: mapping });

    const want = expected('ja', { [sheetName]: mapping });
    expect(want.counts).not.toEqual(expected('ja').counts);
    fireEvent.click(screen.getByRole('tab', { name: t.tabs.validate }));
    expect(shownCounts('ja')).toEqual(want.counts);
    // Re-validate reads the saved mapping back from the workbook.
    fireEvent.click(screen.getByRole('button', { name: t.validate.revalidate }));
    await waitFor(() => expect(host.callsOf('readWorkbook').length).toBe(2));
    await waitFor(() => expect(shownCounts('ja')).toEqual(want.counts));
    cleanup();
    // Next session: the same workbook, a new pane.
    await renderPane(host);
    expect(shownCounts('ja')).toEqual(want.counts);
  });

  test('a sheet left out is not checked, and can be taken back in', async () => {
    const { host, t } = await renderPane();
    const sheetName = host.workbook.sheets[0].name;
    fireEvent.click(screen.getByRole('tab', { name: t.tabs.mapping }));
    fireEvent.click(await screen.findByRole('checkbox', { name: t.mapping.include(sheetName) }, { timeout: 10_000 }));
    await screen.findByText(t.mapping.excludedNote);
    expect(host.settings.mappings[sheetName]).toEqual({ excluded: true });
    fireEvent.click(screen.getByRole('checkbox', { name: t.mapping.include(sheetName) }));
    await screen.findByRole('combobox', { name: t.mapping.headerRowLabel(sheetName) });
    expect(host.settings.mappings).toEqual({});
  });
});

describe('task pane: failures and progress', () => {
  test('a host error shows its message in a message bar and keeps the results', async () => {
    const { host, t } = await renderPane();
    const message =
      'シートが保護されているため、セルに色を付けられません。シートの保護を解除してから、もう一度お試しください。 / The sheet is protected.';
    host.failNext('highlight', hostError('SheetProtected', message));
    fireEvent.click(screen.getByRole('button', { name: t.validate.highlight }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(t.failed.highlight);
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain(t.failureHint);
    expect(shownCounts('ja')).toEqual(expected('ja').counts);
    fireEvent.click(within(alert).getByRole('button', { name: t.dismiss }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a failed first read can be retried', async () => {
    const host = new FakeHost();
    const t = STRINGS.en;
    host.failNext(
      'readWorkbook',
      hostError('GeneralException', 'Excel is busy: a cell is being edited. Finish editing the cell, then try again.'),
    );
    render(<App host={host} lang="en" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('a cell is being edited');
    fireEvent.click(screen.getByRole('button', { name: t.retry }));
    await screen.findByRole('tab', { name: t.tabs.validate });
    expect(shownCounts('en')).toEqual(expected('en').counts);
  });

  test('a long action shows progress until it ends and disables the buttons', async () => {
    const { host, t } = await renderPane();
    const release = host.hold('clearHighlights');
    fireEvent.click(screen.getByRole('button', { name: t.validate.clear }));
    expect(await screen.findByText(t.busy.clearing)).toBeTruthy();
    expect((screen.getByRole('button', { name: t.validate.revalidate }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await screen.findByText(t.validate.cleared);
    expect(screen.queryByText(t.busy.clearing)).toBeNull();
  });
});
