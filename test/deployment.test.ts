/**
 * Deployment switches without a build: where the pages get Office.js (CDN by default, the local
 * copy with OFFICE_JS=local), which of the package's files the local copy keeps, that the preview
 * never loads Office.js, and the content types `npm run serve` sends. The built artefact itself is
 * checked end to end in test/e2e/deployment.e2e.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const { officeJsSource, isForExcel, CDN_URL } = require('../scripts/office-js-source.js') as {
  officeJsSource: (setting?: string) => { mode: string; url: string; copy: { context: string; to: string }[] };
  isForExcel: (relativePath: string) => boolean;
  CDN_URL: string;
};
const { contentType } = require('../scripts/serve-static.js') as { contentType: (file: string) => string };

describe('Office.js source', () => {
  test('the default is Microsoft CDN, with nothing copied', () => {
    expect(officeJsSource(undefined)).toEqual({ mode: 'cdn', url: CDN_URL, copy: [] });
    expect(officeJsSource('cdn').url).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  test('local: the pages reference office-js/office.js, copied from @microsoft/office-js', () => {
    const local = officeJsSource('local');
    expect(local.url).toBe('office-js/office.js');
    expect(local.copy).toHaveLength(1);
    expect(existsSync(path.join(local.copy[0].context, 'office.js'))).toBe(true);
    expect(local.copy[0].to).toBe('office-js/');
  });

  test('any other value is refused rather than silently using the CDN', () => {
    expect(() => officeJsSource('offline')).toThrow('OFFICE_JS must be "cdn" or "local"');
  });

  test('the local copy keeps what Excel loads and leaves out debug builds and the other hosts', () => {
    for (const file of [
      'office.js',
      'excel-win32-16.01.js',
      'excel-web-16.00.js',
      'excel-mac-16.00.js',
      'o15apptofilemappingtable.js',
      'ja-jp/office_strings.js',
      'en-us/office_strings.js',
      'telemetry/oteljs_agave.js',
    ]) {
      expect({ file, kept: isForExcel(file) }).toEqual({ file, kept: true });
    }
    for (const file of [
      'office.debug.js',
      'word-win32-16.01.js',
      'outlook-web-16.01.js',
      'powerpoint-15.js',
      'onenote-web-16.00.js',
      'ja-jp/outlook_strings.js',
      'office.d.ts',
      'office-vsdoc.js',
    ]) {
      expect({ file, kept: isForExcel(file) }).toEqual({ file, kept: false });
    }
  });

  test('the page templates take the source from the build; the preview never loads Office.js', () => {
    for (const page of ['src/taskpane/taskpane.html', 'src/commands/commands.html']) {
      expect(readFileSync(path.join(ROOT, page), 'utf8')).toContain('<script src="<%= officeJsUrl %>"></script>');
    }
    expect(readFileSync(path.join(ROOT, 'src/preview/preview.html'), 'utf8')).not.toMatch(/office(\.debug)?\.js/i);
    const builtPreview = path.join(ROOT, 'dist-web', 'preview', 'index.html');
    if (existsSync(builtPreview)) expect(readFileSync(builtPreview, 'utf8')).not.toMatch(/office(\.debug)?\.js/i);
  });
});

describe('npm run serve content types', () => {
  test.each([
    ['taskpane.html', 'text/html; charset=utf-8'],
    ['ui.0124b103.js', 'text/javascript; charset=utf-8'],
    ['manifest.xml', 'application/xml; charset=utf-8'],
    ['assets/icon-80.png', 'image/png'],
    ['ASSETS/HELP.HTML', 'text/html; charset=utf-8'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });
});
