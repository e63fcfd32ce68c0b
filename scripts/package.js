/**
 * `ADDIN_BASE_URL=https://server/path/ [OFFICE_JS=local] npm run package [-- --out DIR]`: the
 * release artefact for one server, plan-tracker-addin-VERSION.zip (in dist/ unless --out):
 *
 *   plan-tracker-addin-VERSION/addin/          the files for the web server (with office-js/ when local)
 *   plan-tracker-addin-VERSION/manifest.xml    the manifest for ADDIN_BASE_URL (shared folder, admin center)
 *   plan-tracker-addin-VERSION/deployment.md   the IT desk's guide
 *   plan-tracker-addin-VERSION/build-info.json version, base URL, Office.js source, build time
 *
 * It builds the add-in itself, into a staging folder (dist/addin/ is left alone).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const JSZip = require('jszip');
const { checkedBaseUrl } = require('./production-manifest');
const { officeJsSource } = require('./office-js-source');

const ROOT = path.join(__dirname, '..');
const { version } = require('../package.json');

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

async function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(ROOT, 'dist'));
  if (!process.env.ADDIN_BASE_URL)
    throw new Error(
      'ADDIN_BASE_URL is required: the https URL the add-in will be served from, e.g. https://intranet.example.lg.jp/plan-tracker/',
    );
  const baseUrl = checkedBaseUrl(process.env.ADDIN_BASE_URL);
  const officeJs = officeJsSource();

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-package-'));
  try {
    const addinDir = path.join(staging, 'addin');
    const webpackCli = require.resolve('webpack-cli/bin/cli.js');
    const build = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--no-stats'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ADDIN_OUT_DIR: addinDir, ADDIN_BASE_URL: baseUrl },
    });
    if (build.status !== 0) throw new Error('the add-in build failed (see above)');

    const name = `plan-tracker-addin-${version}`;
    const zip = new JSZip();
    const folder = zip.folder(name);
    for (const file of listFiles(addinDir)) folder.file(`addin/${file}`, fs.readFileSync(path.join(addinDir, file)));
    folder.file('manifest.xml', fs.readFileSync(path.join(addinDir, 'manifest.xml')));
    folder.file('deployment.md', fs.readFileSync(path.join(ROOT, 'docs', 'deployment.md')));
    const info = { version, baseUrl, officeJs: officeJs.mode, builtAt: new Date().toISOString() };
    folder.file('build-info.json', `${JSON.stringify(info, null, 2)}\n`);

    fs.mkdirSync(outDir, { recursive: true });
    const zipPath = path.join(outDir, `${name}.zip`);
    fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    console.log(`${zipPath} (${(fs.statSync(zipPath).size / 1024 / 1024).toFixed(1)} MB; ${baseUrl}; Office.js: ${officeJs.mode})`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
