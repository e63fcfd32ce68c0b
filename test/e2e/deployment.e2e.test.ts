/**
 * The IT desk's path of docs/deployment.md, on a machine without internet: `npm run package` for
 * a server's URL with the local Office.js, unpack the zip, serve its addin/ folder with
 * `npm run serve` (scripts/serve-static.js) and open the pane page in Debian's Chromium with every
 * request off that server refused. The pane must load, Office.js coming from the server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { STRINGS } from '../../src/taskpane/all-strings';
import { openSession, type Session } from './support/browser';
import { ROOT } from './support/build-preview';

jest.setTimeout(600_000);

const BASE_URL = 'https://plan-tracker.example.lg.jp/addin/';
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NAME = `plan-tracker-addin-${version}`;

let work: string;
let zip: JSZip;
let site: string;
let server: ChildProcess | undefined;
let serverUrl: string;

/** Starts `node scripts/serve-static.js DIR --port 0` and waits for the URL it prints. */
function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-static.js'), dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve-static exited (${code}): ${out}`)));
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-deploy-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.js'), '--out', work], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: BASE_URL, OFFICE_JS: 'local' },
  });
  if (run.status !== 0) throw new Error(`npm run package failed: ${run.stdout}${run.stderr}`);
  zip = await JSZip.loadAsync(readFileSync(path.join(work, `${NAME}.zip`)));
  // Unpack the server's part, as the IT desk copies it to the web server.
  site = path.join(work, 'site');
  for (const entry of Object.values(zip.files)) {
    const prefix = `${NAME}/addin/`;
    if (entry.dir || !entry.name.startsWith(prefix)) continue;
    const target = path.join(site, entry.name.slice(prefix.length));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  const started = await startServer(site);
  server = started.child;
  serverUrl = started.url;
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill();
    await exited;
  }
  server?.stdout?.destroy();
  server?.stderr?.destroy();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  test('one zip named with the version: the server files, the manifest for the URL, the guide and the build info', async () => {
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names.every((name) => name.startsWith(`${NAME}/`))).toBe(true);
    for (const file of [
      'addin/taskpane.html',
      'addin/commands.html',
      'addin/manifest.xml',
      'addin/assets/icon-32.png',
      'addin/office-js/office.js',
      'manifest.xml',
      'deployment.md',
      'build-info.json',
    ]) {
      expect(names).toContain(`${NAME}/${file}`);
    }
    const info = JSON.parse(await zip.file(`${NAME}/build-info.json`)!.async('string'));
    expect(info).toMatchObject({ version, baseUrl: BASE_URL, officeJs: 'local' });
    expect(await zip.file(`${NAME}/deployment.md`)!.async('string')).toBe(readFileSync(path.join(ROOT, 'docs', 'deployment.md'), 'utf8'));
  });

  test('the manifest carries ADDIN_BASE_URL everywhere, no localhost, and the version', async () => {
    const manifest = await zip.file(`${NAME}/manifest.xml`)!.async('string');
    expect(manifest).not.toContain('localhost');
    const urls = [...manifest.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((url) => !url.startsWith('http://schemas.') && !url.startsWith('http://www.w3.org/'));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(BASE_URL))).toEqual([]);
    expect(manifest).toContain('<AppDomain>https://plan-tracker.example.lg.jp</AppDomain>');
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(await zip.file(`${NAME}/addin/manifest.xml`)!.async('string')).toBe(manifest);
    const file = path.join(work, 'manifest.xml');
    writeFileSync(file, manifest);
    const validate = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), file], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(validate.stdout).toContain('XSD check passed');
    expect(validate.status).toBe(0);
  });

  test("the pages reference the local Office.js, which is the package's own file; no page names the CDN", async () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(path.join(site, page), 'utf8');
      expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
      expect(html).not.toContain('appsforoffice.microsoft.com');
    }
    const packaged = readFileSync(path.join(site, 'office-js', 'office.js'));
    expect(packaged.equals(readFileSync(require.resolve('@microsoft/office-js/dist/office.js')))).toBe(true);
    // Only what Excel loads: no debug builds, no other host's scripts.
    const files = Object.keys(zip.files).filter((name) => name.includes('/office-js/'));
    expect(files.some((name) => /\.debug\.js$|\/(word|outlook|powerpoint)[^/]*\.js$/.test(name))).toBe(false);
    expect(files.some((name) => name.endsWith('/office-js/excel-win32-16.01.js'))).toBe(true);
    expect(files.some((name) => name.endsWith('/office-js/ja-jp/office_strings.js'))).toBe(true);
  });
});

describe('npm run serve and the pane from it, without internet', () => {
  test.each([
    ['taskpane.html', 'text/html; charset=utf-8'],
    ['office-js/office.js', 'text/javascript; charset=utf-8'],
    ['manifest.xml', 'application/xml; charset=utf-8'],
    ['assets/icon-32.png', 'image/png'],
  ])('%s is served as %s', async (file, type) => {
    const response = await fetch(serverUrl + file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('missing files are 404, other methods 405, and nothing outside the folder is served', async () => {
    expect((await fetch(`${serverUrl}nothing.js`)).status).toBe(404);
    expect((await fetch(`${serverUrl}taskpane.html`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${serverUrl}..%2f..%2fpackage.json`)).status).toBe(403);
  });

  test('the pane loads in Chromium with Office.js from the server and every other address refused', async () => {
    const session: Session = await openSession(serverUrl, { locale: 'ja-JP' });
    try {
      const page = await session.context.newPage();
      const served: string[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(serverUrl) && response.ok()) served.push(response.url().slice(serverUrl.length));
      });
      await page.goto(`${serverUrl}taskpane.html`);
      // Outside Office, Office.js knows no display language, so the pane speaks English.
      const t = STRINGS.en;
      await page.getByRole('heading', { name: t.appTitle }).waitFor({ timeout: 60_000 });
      await page.getByText(t.versionFooter(version)).waitFor({ timeout: 10_000 });
      // The pane went on to ask Excel for the workbook, which a browser cannot give: it says so.
      await page.getByText(t.failed.load).waitFor({ timeout: 30_000 });
      expect(served).toContain('office-js/office.js');
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
      // Nothing the pane needs came from elsewhere: the CDN was never asked for.
      expect(session.blocked.filter((url) => url.includes('appsforoffice.microsoft.com/lib'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
