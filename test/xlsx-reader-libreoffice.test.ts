/** The reader reads what ExcelJS reads on a workbook LibreOffice Calc saved (soffice; part of `npm test`, not `test:unit`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectSameCells, kitchenSink } from './support/conformance-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'pt-conform-lo-'));

describe('the reader reads what ExcelJS reads', () => {
  const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
  (hasSoffice ? it : it.skip)(
    'on a workbook saved by LibreOffice Calc',
    async () => {
      const source = join(dir, 'lo-source.xlsx');
      writeFileSync(source, await kitchenSink());
      const outDir = join(dir, 'lo');
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          outDir,
          source,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      await expectSameCells(new Uint8Array(readFileSync(join(outDir, 'lo-source.xlsx'))));
    },
    150_000,
  );
});
