/**
 * @jest-environment jsdom
 */
/**
 * The add-in manifest: valid against the offline XSD (xmllint), and what the XSD cannot check —
 * every resid resolves to a resource of the right kind, every icon exists at its declared size,
 * host names, the ExcelApi ceiling of Office 2019, and that the ribbon's function names are the ones
 * the commands register. The built dist/addin/manifest.xml is checked too when the build has run.
 * (jsdom for DOMParser only.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
// A copy of ../shared/office-manifest-xsd (its README says where the files come from), so a clone checks alone.
const XSD = path.join(ROOT, 'test', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const SOURCE = path.join(ROOT, 'manifest.xml');
const BUILT = path.join(ROOT, 'dist', 'addin', 'manifest.xml');
const DEV_BASE = 'https://localhost:3000/';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function parse(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function all(doc: Document, localName: string): Element[] {
  return [...doc.getElementsByTagName('*')].filter((el) => el.localName === localName);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resources by id, with the element kind they were declared as (Image, Url, ShortString, LongString). */
function resources(doc: Document): Map<string, { kind: string; value: string }> {
  const map = new Map<string, { kind: string; value: string }>();
  const add = (container: string, kind: string) => {
    for (const group of all(doc, container)) {
      for (const el of [...group.children]) {
        const id = el.getAttribute('id')!;
        expect(map.has(id)).toBe(false); // ids are unique across the Resources
        map.set(id, { kind, value: el.getAttribute('DefaultValue') ?? '' });
      }
    }
  };
  add('Images', 'Image');
  add('Urls', 'Url');
  add('ShortStrings', 'ShortString');
  add('LongStrings', 'LongString');
  return map;
}

/** The kind of resource an element's resid must point at. */
function expectedKind(el: Element): string {
  if (el.localName === 'Image') return 'Image';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName)) return 'Url';
  if (el.localName === 'Description') return 'LongString';
  return 'ShortString';
}

function checkManifest(file: string, baseUrl: string): void {
  const doc = parse(file);
  const res = resources(doc);

  // Every resid resolves, to a resource of the kind its element needs; no resource is unused.
  const used = new Set<string>();
  for (const el of [...doc.getElementsByTagName('*')].filter((e) => e.hasAttribute('resid'))) {
    const id = el.getAttribute('resid')!;
    expect({ id, kind: res.get(id)?.kind }).toEqual({ id, kind: expectedKind(el) });
    used.add(id);
  }
  expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);

  // Icons: each <bt:Image size="N" resid> points at a PNG in assets/ of N × N pixels.
  const iconUses = all(doc, 'Image').filter((el) => el.namespaceURI === BT && el.hasAttribute('size'));
  expect(new Set(iconUses.map((el) => el.getAttribute('size')))).toEqual(new Set(['16', '32', '80']));
  const checkIcon = (url: string, size: number) => {
    expect(url.startsWith(`${baseUrl}assets/`)).toBe(true);
    const local = path.join(ROOT, 'assets', url.slice(`${baseUrl}assets/`.length));
    expect(existsSync(local)).toBe(true);
    expect(pngSize(local)).toEqual({ width: size, height: size });
  };
  for (const el of iconUses) checkIcon(res.get(el.getAttribute('resid')!)!.value, Number(el.getAttribute('size')));
  checkIcon(all(doc, 'IconUrl')[0].getAttribute('DefaultValue')!, 32);
  checkIcon(all(doc, 'HighResolutionIconUrl')[0].getAttribute('DefaultValue')!, 64);

  // Every URL is under the base and names a page the build emits.
  const pages = new Set([
    'taskpane.html',
    'commands.html',
    'assets/help.html',
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-64.png',
    'assets/icon-80.png',
  ]);
  const urls = [...doc.getElementsByTagName('*')]
    .flatMap((el) => [el.getAttribute('DefaultValue'), el.getAttribute('Value')])
    .filter((v): v is string => !!v && v.startsWith('https://'));
  for (const url of urls) {
    expect(url.startsWith(baseUrl)).toBe(true);
    expect(pages.has(url.slice(baseUrl.length))).toBe(true);
  }
  expect(all(doc, 'AppDomain').map((el) => el.textContent)).toEqual([new URL(baseUrl).origin]);

  // Hosts: Excel workbooks only, in both the base manifest and VersionOverrides.
  const hosts = all(doc, 'Host');
  expect(hosts.map((el) => el.getAttribute('Name') ?? el.getAttributeNS(XSI, 'type'))).toEqual(['Workbook', 'Workbook']);
  expect(all(doc, 'Permissions')[0].textContent).toBe('ReadWriteDocument');

  // Requirement: ExcelApi at most 1.7 (volume-licensed Office 2019).
  const sets = all(doc, 'Set');
  expect(sets.map((el) => el.getAttribute('Name'))).toEqual(['ExcelApi']);
  const [major, minor] = sets[0].getAttribute('MinVersion')!.split('.').map(Number);
  expect(major === 1 && minor <= 7).toBe(true);

  // Japanese by default, every display string overridden in English.
  expect(all(doc, 'DefaultLocale')[0].textContent).toBe('ja-JP');
  for (const el of [
    ...all(doc, 'DisplayName'),
    ...all(doc, 'Description').filter((d) => d.hasAttribute('DefaultValue')),
    ...all(doc, 'String'),
  ]) {
    const overrides = [...el.children].filter((c) => c.localName === 'Override').map((c) => c.getAttribute('Locale'));
    expect({ id: el.getAttribute('id') ?? el.localName, overrides }).toEqual({
      id: el.getAttribute('id') ?? el.localName,
      overrides: ['en-US'],
    });
  }

  // Ribbon: the Home tab group with the pane button and the two function commands.
  expect(all(doc, 'OfficeTab').map((el) => el.getAttribute('id'))).toEqual(['TabHome']);
  const actions = all(doc, 'Action').map((el) => el.getAttributeNS(XSI, 'type'));
  expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction']);
  const functions = all(doc, 'FunctionName').map((el) => el.textContent);
  expect(functions).toEqual(['validate', 'buildSummary']);
}

describe('manifest.xml', () => {
  test('validates against the Office add-in XSD offline', () => {
    const result = xmllint(SOURCE);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  test('the XSD check can fail: a manifest without <Permissions> is rejected', () => {
    const broken = readFileSync(SOURCE, 'utf8').replace(/<Permissions>.*<\/Permissions>/, '');
    const file = path.join(require('node:os').tmpdir(), `manifest-broken-${process.pid}.xml`);
    require('node:fs').writeFileSync(file, broken);
    expect(xmllint(file).status).toBe(3);
  });

  test('resids, icons, hosts, requirement sets, locales and ribbon commands', () => {
    checkManifest(SOURCE, DEV_BASE);
  });

  test('the function names are the ones the commands register', () => {
    const names: string[] = [];
    const { registerCommands } = require('../src/commands/ribbon-actions') as typeof import('../src/commands/ribbon-actions');
    registerCommands((name) => names.push(name), {
      createHost: () => {
        throw new Error('not called');
      },
      plan: {} as never,
      lang: 'ja',
    });
    const doc = parse(SOURCE);
    expect(
      all(doc, 'FunctionName')
        .map((el) => el.textContent)
        .sort(),
    ).toEqual(names.sort());
  });

  test('the production build points every URL at one https base (when dist/addin exists)', () => {
    if (!existsSync(BUILT)) {
      if (process.env.CI) throw new Error('CI runs npm run build before the tests: dist/addin/manifest.xml is missing');
      console.warn('dist/addin/manifest.xml not built (npx webpack --mode production); skipping its checks');
      return;
    }
    expect(xmllint(BUILT).status).toBe(0);
    const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(readFileSync(BUILT, 'utf8'))![1];
    checkManifest(BUILT, base);
  });

  test('the manifest written for a server (office-addin-manifest) carries its URL everywhere, no localhost, and the version', () => {
    const base = 'https://intranet.example.lg.jp/plan-tracker/';
    const out = path.join(require('node:os').tmpdir(), `manifest-built-${process.pid}.xml`);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'production-manifest.js'), base, out]);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('localhost');
    expect(xmllint(out).status).toBe(0);
    checkManifest(out, base);
    const version = (require('../package.json') as { version: string }).version;
    expect(all(parse(out), 'Version')[0].textContent).toBe(`${version}.0`);
    // The ecosystem's own reader sees the same (office-addin-manifest info, offline).
    const info = execFileSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'info', out], { encoding: 'utf8' });
    expect(info).toContain(`Source Location: ${base}taskpane.html`);
    expect(info).toContain('AppDomains: https://intranet.example.lg.jp');
  });

  test('a base URL that is not https is refused', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'production-manifest.js'), 'http://intranet.example.lg.jp/'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('https://');
  });

  test('npm run validate: the XSD check runs offline and fails a broken manifest; no network only skips the online step', () => {
    const script = path.join(ROOT, 'scripts', 'validate-manifest.js');
    const good = spawnSync(process.execPath, [script, SOURCE], { encoding: 'utf8', timeout: 60_000 });
    expect(good.stdout).toContain('XSD check passed');
    expect(good.status).toBe(0);
    const broken = path.join(require('node:os').tmpdir(), `manifest-invalid-${process.pid}.xml`);
    require('node:fs').writeFileSync(broken, readFileSync(SOURCE, 'utf8').replace(/<Permissions>.*<\/Permissions>/, ''));
    const bad = spawnSync(process.execPath, [script, broken], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.stderr).toContain('XSD check failed');
    expect(bad.status).toBe(1);
  });

  test('the network errors of the validation service are told apart from a failed validation', () => {
    const { isNetworkError } = require('../scripts/validate-manifest.js') as { isNetworkError: (e: unknown) => boolean };
    expect(isNetworkError(new Error('Unable to contact the manifest validation service.\nFetchError: getaddrinfo ENOTFOUND example'))).toBe(
      true,
    );
    expect(isNetworkError(new Error('connect ECONNREFUSED 10.0.0.1:443'))).toBe(true);
    expect(isNetworkError(new Error('Manifest is not valid'))).toBe(false);
  });
});
