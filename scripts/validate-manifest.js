/**
 * `npm run validate [-- manifest.xml]`: checks a manifest the way the add-in templates do.
 *   1. offline, always: the Office add-in XSD (xmllint, schemas in test/office-manifest-xsd/)
 *   2. online, where the network reaches Microsoft: office-addin-manifest's validation service
 *      (the checks AppSource and the admin center apply). On a closed network step 2 is skipped
 *      with a note, and the result is step 1's.
 * Default file: the built dist/addin/manifest.xml if there is one, else the source manifest.xml.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const XSD = path.join(ROOT, 'test', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

/** Lines the IT desk reads: Japanese, then English. */
const MESSAGES = {
  xsdOk: (file) => `XSD チェック OK / XSD check passed: ${file}`,
  xsdFailed: (file) => `XSD チェックでエラー / XSD check failed: ${file}`,
  noXmllint:
    'xmllint がないため XSD チェックを省略しました（Debian: apt-get install libxml2-utils） / xmllint not found: XSD check skipped',
  offline:
    'マニフェスト検証サービスに接続できないため、オンライン検証を省略しました（閉じたネットワーク） / Validation service unreachable (closed network): online check skipped',
  onlineOk: 'オンライン検証 OK / Online validation passed',
  onlineFailed: 'オンライン検証でエラー / Online validation failed',
};

/** Errors that mean "no route to the service", not "the manifest is wrong". */
function isNetworkError(error) {
  return /Unable to contact the manifest validation service|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH/.test(
    String(error && (error.stack || error.message || error)),
  );
}

function checkXsd(file) {
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (run.error && run.error.code === 'ENOENT') return (console.log(MESSAGES.noXmllint), true);
  if (run.status === 0) return (console.log(MESSAGES.xsdOk(file)), true);
  console.error(`${run.stdout}${run.stderr}`.trim());
  console.error(MESSAGES.xsdFailed(file));
  return false;
}

async function checkOnline(file) {
  const { validateManifest } = require('office-addin-manifest');
  const production = !require('node:fs').readFileSync(file, 'utf8').includes('https://localhost');
  let result;
  try {
    result = await validateManifest(file, production);
  } catch (error) {
    if (isNetworkError(error)) return (console.log(MESSAGES.offline), true);
    throw error;
  }
  const report = result.report || {};
  for (const issue of [...(report.errors || []), ...(report.warnings || [])])
    console.log(`- ${issue.title}: ${issue.content}${issue.line ? ` (line ${issue.line})` : ''}`);
  if (result.isValid) return (console.log(MESSAGES.onlineOk), true);
  console.error(MESSAGES.onlineFailed);
  return false;
}

async function main() {
  const built = path.join(ROOT, 'dist', 'addin', 'manifest.xml');
  const file = path.resolve(process.argv[2] || (existsSync(built) ? built : path.join(ROOT, 'manifest.xml')));
  const xsd = checkXsd(file);
  const online = await checkOnline(file);
  process.exit(xsd && online ? 0 : 1);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error && error.message ? error.message : error);
    process.exit(1);
  });
}

module.exports = { isNetworkError };
