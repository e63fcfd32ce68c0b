/**
 * Where the add-in's pages load Office.js from.
 *
 *   OFFICE_JS unset or "cdn"   Microsoft's CDN (the supported source; updates arrive by themselves)
 *   OFFICE_JS=local            a copy of the @microsoft/office-js package, served by the add-in's own
 *                              server from office-js/ (closed networks that cannot reach the CDN;
 *                              refresh it by updating the package and building again)
 */
'use strict';
const path = require('node:path');

const CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Folder in dist/addin/ that holds the local copy; the pages reference it relatively. */
const LOCAL_DIR = 'office-js';

/** Files of the package an Excel add-in never loads: debug builds, editor hints, the other hosts' scripts. */
const NOT_FOR_EXCEL = [
  /\.debug\.js$/,
  /-vsdoc\.js$/,
  /\.d\.ts$/,
  /(^|\/)outlook_strings\.js$/,
  /^(access|onenote|outlook|powerpoint|project|word)[^/]*\.js$/,
];

/** Whether a file of the package's dist/ (path relative to it, with /) goes into the add-in. */
function isForExcel(relativePath) {
  return !NOT_FOR_EXCEL.some((pattern) => pattern.test(relativePath));
}

function officeJsSource(setting = process.env.OFFICE_JS) {
  const mode = (setting || 'cdn').toLowerCase();
  if (mode === 'cdn') return { mode, url: CDN_URL, copy: [] };
  if (mode !== 'local') throw new Error(`OFFICE_JS must be "cdn" or "local", not "${setting}"`);
  const distDir = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  return {
    mode,
    url: `${LOCAL_DIR}/office.js`,
    // Copied as Microsoft ships it: already minified, so the build must not minify it again.
    copy: [
      {
        from: '**/*',
        context: distDir,
        to: `${LOCAL_DIR}/`,
        filter: (file) => isForExcel(path.relative(distDir, file).split(path.sep).join('/')),
        info: { minimized: true },
      },
    ],
  };
}

module.exports = { officeJsSource, isForExcel, CDN_URL, LOCAL_DIR };
