/**
 * The task pane's first load, measured in the browser: dist/addin/taskpane.html served from
 * 127.0.0.1 and opened in Debian's headless Chromium, with a stand-in for Office.js (Microsoft's
 * CDN script is not ours to count) that is ready at once and whose Excel.run never answers, so
 * the pane stays at its first render, reading. Every script the page fetched until the pane's
 * first render (the page's script tags, the language strings, anything webpack preloads) is the
 * first load; what it fetches after that while the workbook is read, and every chunk of the
 * build, are given beside it. Sizes are the files' own: raw, and gzip at level 9.
 *
 * Also the preview's figures from the e2e run (dist-bench/e2e-timing.json). paneLines() gives the
 * README lines; scripts/bench.js puts them between the bench:pane markers, and
 * `BENCH_ONLY=pane node scripts/bench.js` rewrites only those lines (after `npm run build`).
 */
/* global window, document, MutationObserver -- the functions passed to the page run in the browser */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.join(__dirname, '..');
const ADDIN_DIR = path.join(root, 'dist', 'addin');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OFFICE_JS_URL = require('./office-js-source').officeJsSource('cdn').url;
const { handler } = require('./serve-static');
/** The README's target for the first load, in KB of gzip. */
const FIRST_LOAD_TARGET_KB = 130;
/** The preview's target: sample checked within this many ms at 4× CPU throttling. */
const PREVIEW_TARGET_MS = 3000;

/** Ready at once in Japanese Excel; Excel.run never settles, so nothing is ever read. */
const OFFICE_STAND_IN = `
window.Office = {
  onReady: (callback) => Promise.resolve({ host: 'Excel', platform: 'PC' }).then((info) => { callback && callback(info); return info; }),
  context: {
    displayLanguage: 'ja-JP',
    document: { settings: { get: () => null, set: () => undefined, remove: () => undefined, saveAsync: (cb) => cb && cb({ status: 'succeeded' }) } },
    requirements: { isSetSupported: () => true },
    diagnostics: { host: 'Excel', platform: 'PC', version: 'bench' },
  },
};
window.Excel = { run: () => new Promise(() => undefined) };
`;

/** Records, the moment #root first has content, the time and every resource fetched so far. */
function watchFirstRender() {
  const done = () => {
    const rootElement = document.getElementById('root');
    if (!rootElement || rootElement.childElementCount === 0 || window.__firstRender) return false;
    window.__firstRender = { at: performance.now(), resources: performance.getEntriesByType('resource').map((e) => e.name) };
    return true;
  };
  new MutationObserver((_, observer) => done() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

const kb = (bytes) => Math.round(bytes / 1024);

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(ADDIN_DIR, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** The built add-in served as `npm run serve` serves it (scripts/serve-static.js), on a free port. */
function serve(dir) {
  const server = http.createServer(handler(dir));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The pane's first load in Chromium, or null when the add-in is not built. */
async function paneFirstLoad() {
  const page = path.join(ADDIN_DIR, 'taskpane.html');
  if (!fs.existsSync(page)) return null;
  const { chromium } = require('playwright-core');
  const server = await serve(ADDIN_DIR);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    locale: 'ja-JP',
  });
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STAND_IN });
      return url.startsWith(origin) ? route.continue() : route.abort('blockedbyclient');
    });
    const tab = await context.newPage();
    await tab.addInitScript(watchFirstRender);
    await tab.goto(`${origin}/taskpane.html`);
    await tab.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 60_000 });
    // What the pane fetches once on screen (while the workbook would be read).
    await tab.waitForLoadState('networkidle');
    const firstRender = await tab.evaluate(() => window.__firstRender);
    const later = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const ours = (urls) => [
      ...new Set(urls.filter((u) => u.startsWith(`${origin}/`) && u.endsWith('.js')).map((u) => new URL(u).pathname.slice(1))),
    ];
    const first = ours(firstRender.resources);
    const afterFirst = ours(later).filter((f) => !first.includes(f));
    const all = fs.readdirSync(ADDIN_DIR).filter((f) => f.endsWith('.js') && !f.startsWith('commands.'));
    return { first: sizeOf(first), afterFirst: sizeOf(afterFirst), all: sizeOf(all) };
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function e2eTiming() {
  const file = path.join(root, 'dist-bench', 'e2e-timing.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

const msText = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;

/** The README lines of the pane's JavaScript and the preview's timings (none for what was not measured). */
function paneLines(load, timing) {
  const lines = [];
  if (load) {
    const { first, afterFirst, all } = load;
    const met = first.gzip / 1024 <= FIRST_LOAD_TARGET_KB ? 'met' : 'not met';
    lines.push(
      `Task pane JavaScript (production build, engine included; measured by \`npm run bench\` in headless Chromium: every script fetched until the pane's first render, the page's script tags and the language strings included): **${kb(first.raw)} KB raw, ${kb(first.gzip)} KB gzip** in ${first.files.length} files (target ≤ ${FIRST_LOAD_TARGET_KB} KB gzip: ${met}; Microsoft's React task-pane template: about 166 KB gzip). Fetched right after the first render, while the workbook is read: ${kb(afterFirst.raw)} KB raw, ${kb(afterFirst.gzip)} KB gzip (the issue list with its filters and quick fixes, the message bars); the mapping, summary, template, history, consolidation, sheet writing and self-check code loads when first used (all chunks together: ${kb(all.raw)} KB raw, ${kb(all.gzip)} KB gzip).`,
    );
  }
  if (timing?.firstInteractiveMs !== undefined) {
    if (lines.length) lines.push('');
    lines.push(
      `Task pane first interactive render (navigation → pane ready, preview page with the sample, headless ${timing.browser}, measured by the e2e run on ${timing.date}): **${msText(timing.firstInteractiveMs)}**.`,
    );
  }
  if (timing?.throttledSampleCheckedMs !== undefined) {
    const met = timing.throttledSampleCheckedMs <= PREVIEW_TARGET_MS ? 'met' : 'not met';
    if (lines.length) lines.push('');
    lines.push(
      `Preview page, sample checked (navigation → the issue counts shown) with the CPU throttled 4× (Chromium's \`Emulation.setCPUThrottlingRate\`), median of ${timing.throttledRuns} loads, headless ${timing.browser}, measured by the e2e run on ${timing.date}: **${msText(timing.throttledSampleCheckedMs)}** (target ≤ ${msText(PREVIEW_TARGET_MS)}: ${met}).`,
    );
  }
  return lines;
}

const PANE_START = '<!-- bench:pane:start -->';
const PANE_END = '<!-- bench:pane:end -->';

/** The lines wrapped in the markers that let `BENCH_ONLY=pane` rewrite them alone. */
function markedPaneLines(lines) {
  return [PANE_START, '', ...lines, '', PANE_END];
}

/** Replaces only what stands between the pane markers in README.md. */
function writePaneSection(lines) {
  const readme = path.join(root, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = text.indexOf(PANE_START);
  const end = text.indexOf(PANE_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the bench:pane markers (run the whole bench once)');
  fs.writeFileSync(readme, text.slice(0, start) + markedPaneLines(lines).join('\n') + text.slice(end + PANE_END.length));
}

function logLoad(load) {
  if (!load) return console.log('task pane: dist/addin not built, no first-load figure');
  const f = (s) => `${kb(s.raw)} KB raw, ${kb(s.gzip)} KB gzip`;
  console.log(`task pane first load: ${f(load.first)} (${load.first.files.join(', ')})`);
  console.log(`  right after the first render: ${f(load.afterFirst)} (${load.afterFirst.files.join(', ')}); all chunks ${f(load.all)}`);
}

/** BENCH_ONLY=pane: measure the pane, read the e2e figures, rewrite their README lines only. */
async function mainPaneOnly() {
  const load = await paneFirstLoad();
  logLoad(load);
  const lines = paneLines(load, e2eTiming());
  writePaneSection(lines);
  console.log('README.md: the task pane and preview lines updated.');
}

module.exports = { paneFirstLoad, paneLines, markedPaneLines, e2eTiming, logLoad, mainPaneOnly };
