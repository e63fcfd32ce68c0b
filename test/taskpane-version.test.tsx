/**
 * The pane's footer names the installed version (the IT desk's first question), in the pane's
 * language. In tests the version is 'dev'; the built pages carry package.json's (deployment e2e).
 */
import './support/dom-setup';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ADDIN_VERSION } from '../src/app/version';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { FakeHost } from './support/fake-host';

afterEach(cleanup);

describe('version in the footer', () => {
  test('outside a build the version is "dev"', () => {
    expect(ADDIN_VERSION).toBe('dev');
  });

  test.each(['ja', 'en'] as const)('%s: the footer shows the version in the pane language', async (lang) => {
    render(<App host={new FakeHost()} lang={lang} />);
    await screen.findByRole('tab', { name: STRINGS[lang].tabs.validate }); // the workbook is read
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(STRINGS[lang].versionFooter('dev'))).toBeTruthy();
    expect(footer.textContent).toContain(lang === 'ja' ? 'バージョン dev' : 'version dev');
  });
});
