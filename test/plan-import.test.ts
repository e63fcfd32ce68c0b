/** A plan read from its document's text: `plan import`, on Kanazawa's plan, another city's, and broken documents. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { importPlanDocument } from '../src/plan/plan-document';
import { parsePlanFile } from '../src/plan/plan-file';
import { planCounts } from '../src/plan/plan-tree';
import { cli } from './support/cli';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'pt-import-'));

describe('plan import on the plan document this product was built from', () => {
  it('gives exactly the embedded default plan, with no line left over', () => {
    const result = importPlanDocument(fixture('plan-kanazawa.txt'));
    expect(result.problems).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(result.periodSource).toBe('assumed');
    expect(result.plan).toEqual(DEFAULT_PLAN);
  });

  it('from the command line writes that plan file and prints the counts and the assumed period', async () => {
    const out = join(dir, 'kanazawa.json');
    const run = await cli('plan', 'import', join(__dirname, 'fixtures', 'plan-kanazawa.txt'), '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('行政経営プラン: 方針 3・施策 9・取組 18・事業 35・取組姿勢 5・課題 14 を読み取りました');
    expect(run.stdout).toContain('計画期間: 2023〜2027年度（文書に記載がないため想定');
    expect(parsePlanFile(readFileSync(out, 'utf8'))).toEqual(DEFAULT_PLAN);
    const printed = JSON.parse((await cli('plan', '--plan', out, '--format', 'json')).stdout);
    expect(printed.period).toEqual({ startYear: 2023, endYear: 2027, assumed: true });
  });

  it('takes the period from --start-year and --end-year when the document states none', async () => {
    const out = join(dir, 'kanazawa-period.json');
    const run = await cli(
      'plan',
      'import',
      join(__dirname, 'fixtures', 'plan-kanazawa.txt'),
      '-o',
      out,
      '--start-year',
      '2023',
      '--end-year',
      '2026',
      '--lang',
      'en',
    );
    expect(run.stdout).toContain('Plan period: FY2023–FY2026 (from --start-year / --end-year)');
    expect(parsePlanFile(readFileSync(out, 'utf8')).period).toEqual({ startYear: 2023, endYear: 2026, assumed: false });
  });
});

describe('plan import on another city’s plan document', () => {
  const result = importPlanDocument(fixture('plan-minato.txt'));

  it('reads its policies, areas, initiatives and measures, however each is marked', () => {
    expect(result.problems).toEqual([]);
    const plan = result.plan!;
    expect(plan.name).toBe('港北市行政改革大綱');
    expect(planCounts(plan)).toEqual({ policy: 4, area: 6, initiative: 8, measure: 13 });
    expect(plan.policies.map((p) => p.areas.length)).toEqual([2, 1, 2, 1]);
    // Half-width brackets of the overview and full-width ones of the policy's own page are one title.
    expect(plan.policies[0].title).toBe('市民サービスを変える（窓口のデジタル化）');
    // A 方針 number on its own line, and on the line of its title.
    expect(plan.policies[1].title).toBe('公共施設を見直す（総量の最適化）');
    // ● initiatives, a bold one, and a plain list line that is a sentence.
    expect(plan.policies[0].areas[1].initiatives[0]).toEqual({
      code: '1-2-1',
      title: '情報発信をプッシュ型に変えます',
      measures: [
        { code: '1-2-1-1', title: 'LINE公式アカウントによる通知' },
        { code: '1-2-1-2', title: '防災メールの多言語化' },
      ],
    });
    expect(plan.policies[2].areas[0].initiatives[0].title).toBe('地域公共交通を守ります');
    // Letters spaced out by the PDF are closed up; など is dropped.
    expect(plan.policies[1].areas[0].initiatives[1].measures).toEqual([{ code: '2-1-2-1', title: '照明のLED化' }]);
    expect(plan.policies[0].challenges).toEqual(['窓口手続の負担軽減', 'ICT人材の不足']);
    expect(plan.policies[2].challenges).toEqual(['公共交通の維持', '近隣市との連携']);
    expect(plan.policies[0].areas[0].description).toBe('申請書を書かずに済む窓口をつくり、手続の時間を短くします。');
    expect(plan.attitudes.map((a) => a.name)).toEqual(['現場主義', '対話', '改善']);
    expect(plan.philosophy).toEqual({
      title: '市民とともに歩む持続可能な市役所',
      text: '限られた経営資源を生かし、市民とともに持続可能な市役所をつくります。',
    });
  });

  it('takes the period the document states (計画期間 令和6年度～令和9年度)', () => {
    expect(result.periodSource).toBe('document');
    expect(result.plan!.period).toEqual({ startYear: 2024, endYear: 2027, assumed: false });
  });

  it('prints the counts and every line it could not place, with its line number', async () => {
    const run = await cli('plan', 'import', join(__dirname, 'fixtures', 'plan-minato.txt'), '-o', join(dir, 'minato.json'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('方針 4・施策 6・取組 8・事業 13・取組姿勢 3・課題 6 を読み取りました');
    expect(run.stdout).toContain('計画期間: 2024〜2027年度（文書から）');
    expect(run.stdout).toContain('プランのどこにも置けなかった行（1行）:\n  164行目: 資料：港北市企画課');
  });
});

describe('plan import on PDF artefacts', () => {
  it('reads full-width numbers, spaced-out headings, ideographic spaces, half-width brackets and a trailing など', () => {
    const doc = [
      '1. 南市行政改革プラン',
      '',
      '（１）基 本 理 念',
      '',
      '暮らしを支える市役所',
      '',
      '(2) 取組姿勢',
      '',
      '1 対話',
      '市民と話します',
      '',
      '方針１　市民サービス(窓口)',
      '',
      '（１）窓口の改善',
      '',
      '窓口を良くします。',
      '',
      '●　オンライン化を進めます',
      '・　電子申請の拡大',
      '・　A I チャットの導入　など',
    ].join('\n');
    const { plan, problems, unplaced } = importPlanDocument(doc);
    expect([problems, unplaced]).toEqual([[], []]);
    expect(plan!.name).toBe('南市行政改革プラン');
    expect(plan!.philosophy.title).toBe('暮らしを支える市役所');
    expect(plan!.attitudes).toEqual([{ code: '1', name: '対話', description: '市民と話します' }]);
    expect(plan!.policies[0].title).toBe('市民サービス（窓口）');
    expect(plan!.policies[0].areas[0]).toEqual({
      code: '1-1',
      title: '窓口の改善',
      description: '窓口を良くします。',
      initiatives: [
        {
          code: '1-1-1',
          title: 'オンライン化を進めます',
          measures: [
            { code: '1-1-1-1', title: '電子申請の拡大' },
            { code: '1-1-1-2', title: 'AI チャットの導入' },
          ],
        },
      ],
    });
  });
});

describe('plan import on broken documents', () => {
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('without a 方針 heading: a clear message, status 2, nothing written', async () => {
    const input = write('no-policy.txt', '3. 行政経営プラン\n\n(1) 基本理念\n\n市民とともに\n\n● 何かに取り組みます\n');
    const out = join(dir, 'no-policy.json');
    const run = await cli('plan', 'import', input, '-o', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('「方針 1」のような方針の見出しがありません');
    expect(() => readFileSync(out)).toThrow();
  });

  it('with a measure before any initiative: the line named, status 2', async () => {
    const input = write(
      'measure-first.txt',
      '方針 1\n\n窓口を変える\n\n（1）書かない窓口\n\n説明です。\n\n・ オンライン申請の拡大\n\n● 申請をデジタルにします\n\n・ 窓口予約の導入\n',
    );
    const run = await cli('plan', 'import', input, '-o', join(dir, 'measure-first.json'), '--lang', 'en');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('line 9: A measure (・) before any initiative (●): オンライン申請の拡大');
  });

  it('that is not there, or with an output that is not .json or .xlsx: status 2', async () => {
    expect((await cli('plan', 'import', join(dir, 'missing.txt'), '-o', join(dir, 'x.json'))).stderr).toContain('プラン文書を開けません');
    expect((await cli('plan', 'import', join(__dirname, 'fixtures', 'plan-minato.txt'), '-o', join(dir, 'x.csv'))).status).toBe(2);
  });
});

describe('plan import -o plan.xlsx', () => {
  it('writes the plan sheet, which reads back as the same plan', async () => {
    const out = join(dir, 'kanazawa.xlsx');
    expect((await cli('plan', 'import', join(__dirname, 'fixtures', 'plan-kanazawa.txt'), '-o', out)).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['プラン', 'visible']]);
    const printed = JSON.parse((await cli('plan', '--plan', out, '--format', 'json')).stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(DEFAULT_PLAN)));
  });
});
