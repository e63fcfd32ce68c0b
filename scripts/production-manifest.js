/**
 * Writes the manifest for a server: every URL that points at the dev server (the source
 * manifest's base, read with office-addin-manifest) moved to the given base URL, the AppDomain
 * set to its origin, and <Version> set from package.json so Office sees an update. The XML is
 * handled as a tree (xml2js, as office-addin-manifest does), never by text replacement.
 */
'use strict';
const path = require('node:path');
const { OfficeAddinManifest, getXmlElement, setXmlElementValue } = require('office-addin-manifest');
// office-addin-manifest's own XML library (resolved from it, so both always agree).
const xml2js = require(require.resolve('xml2js', { paths: [path.dirname(require.resolve('office-addin-manifest'))] }));

/** Attributes of the manifest that hold URLs (IconUrl, SourceLocation, bt:Url, bt:Image, overrides). */
const URL_ATTRIBUTES = ['DefaultValue', 'Value'];

/** The dev base URL of the source manifest: the folder of its task pane page. */
async function devBaseUrl(sourcePath) {
  const info = await OfficeAddinManifest.readManifestFile(sourcePath);
  const page = info.defaultSettings && info.defaultSettings.sourceLocation;
  if (!page) throw new Error(`${sourcePath} has no <DefaultSettings><SourceLocation>`);
  return new URL('.', page).href;
}

/** Normalises and checks a server's base URL: https, ending with a slash. */
function checkedBaseUrl(raw) {
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over https only): ${raw}`);
  }
  return url;
}

/** Moves every URL attribute under `from` to the same path under `to`, anywhere in the tree. */
function rebaseUrls(node, from, to) {
  if (Array.isArray(node)) return node.forEach((child) => rebaseUrls(child, from, to));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$') {
      for (const name of URL_ATTRIBUTES) {
        if (typeof value[name] === 'string' && value[name].startsWith(from)) value[name] = to + value[name].slice(from.length);
      }
    } else {
      rebaseUrls(value, from, to);
    }
  }
}

/**
 * The source manifest's XML rewritten for `baseUrl` (a string). Throws if a dev-server URL
 * would be left anywhere, so a built manifest can never point at localhost by accident.
 */
async function productionManifest(sourcePath, baseUrl, version) {
  const base = checkedBaseUrl(baseUrl);
  const dev = await devBaseUrl(sourcePath);
  const xml = await xml2js.parseStringPromise(require('node:fs').readFileSync(sourcePath, 'utf8'));
  const app = xml.OfficeApp;
  rebaseUrls(app, dev, base);
  setXmlElementValue(getXmlElement(app, 'AppDomains'), 'AppDomain', new URL(base).origin);
  if (version) setXmlElementValue(app, 'Version', manifestVersion(version));
  const out = new xml2js.Builder({ xmldec: { version: '1.0', encoding: 'UTF-8' } }).buildObject(xml);
  const devOrigin = new URL(dev).origin;
  if (devOrigin !== new URL(base).origin && out.includes(devOrigin))
    throw new Error(`the manifest still names ${devOrigin} after moving it to ${base}`);
  return out;
}

/** Office wants four numeric parts (n.n.n.n); package.json has three (and maybe a pre-release tag). */
function manifestVersion(packageVersion) {
  const parts = packageVersion
    .split(/[.+-]/)
    .filter((p) => /^\d+$/.test(p))
    .slice(0, 4);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

module.exports = { productionManifest, devBaseUrl, checkedBaseUrl, manifestVersion };

/** `node scripts/production-manifest.js BASE_URL [OUT]`: the manifest for BASE_URL, to OUT or stdout. */
if (require.main === module) {
  const [baseUrl, out] = process.argv.slice(2);
  if (!baseUrl) {
    console.error('usage: node scripts/production-manifest.js https://server/path/ [out.xml]');
    process.exit(2);
  }
  productionManifest(path.join(__dirname, '..', 'manifest.xml'), baseUrl, require('../package.json').version).then(
    (xml) => (out ? require('node:fs').writeFileSync(out, xml) : process.stdout.write(xml)),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
