/**
 * The API-set audit: every Office.js member src/ uses, with its requirement set, must be within
 * the manifest's minimum or behind a capability check, never preview or online-only; the list is
 * kept in docs/office-api-usage.md, which must be current.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { capabilityOf, excelApiMinor, officeApiUsage, usageMarkdown, type ApiUse } from './support/office-api-usage';

const ROOT = path.resolve(__dirname, '..');
const DOC = path.join(ROOT, 'docs/office-api-usage.md');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

const manifestMinor = Number(/<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(read('manifest.xml'))![1]);

/** The ExcelApi minor version office-host.ts detects a capability with (`mergedAreas: supported('1.13')`). */
function detectedAt(capability: string): number | undefined {
  const m = new RegExp(`\\b${capability}\\b[^\\n]*'1\\.(\\d+)'`).exec(read('src/workbook/office/office-host.ts'));
  return m ? Number(m[1]) : undefined;
}

let uses: ApiUse[];
beforeAll(() => {
  uses = officeApiUsage();
}, 120_000);

test('the audit sees the add-in members (a sanity check on the scan itself)', () => {
  const members = uses.map((u) => u.member);
  expect(members).toEqual(
    expect.arrayContaining([
      'Excel.Range.values',
      'Excel.Workbook.settings',
      'Excel.ConditionalFormatCollection.add',
      'Excel.Range.copyFrom',
    ]),
  );
  expect(uses.find((u) => u.member === 'Excel.Range.copyFrom')!.set).toBe('ExcelApi 1.9');
});

test('every member above the manifest minimum is behind a capability check detected at its set', () => {
  const problems: string[] = [];
  for (const use of uses) {
    const minor = excelApiMinor(use.set);
    if (minor === undefined || minor <= manifestMinor) continue;
    const capability = capabilityOf(use.member);
    if (!capability) {
      problems.push(`${use.member} (${use.set}) has no capability check`);
      continue;
    }
    const at = detectedAt(capability);
    if (at === undefined || at < minor) problems.push(`${use.member} (${use.set}): capability ${capability} is detected at 1.${at}`);
    for (const file of use.files)
      if (!new RegExp(`\\b${capability}\\b`).test(read(file))) problems.push(`${use.member} in ${file} without a ${capability} check`);
  }
  expect(problems).toEqual([]);
});

test('no preview or online-only member', () => {
  expect(uses.filter((u) => /online|beta|preview/i.test(u.set)).map((u) => `${u.member} (${u.set})`)).toEqual([]);
});

test('docs/office-api-usage.md is current', () => {
  const expected = usageMarkdown(uses, `ExcelApi 1.${manifestMinor}`);
  if (process.env.UPDATE_API_DOC) fs.writeFileSync(DOC, expected);
  expect(fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '').toBe(expected);
});
