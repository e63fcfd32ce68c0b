import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { parsePlanFile, PlanFileError } from '../src/plan/plan-file';
import { planCounts, planNodes } from '../src/plan/plan-tree';
import { planOutline } from '../src/plan/plan-text';

/** The plan document this product was built from, copied byte for byte from the seed. */
const seedText = () => readFileSync(join(__dirname, 'fixtures', 'plan-kanazawa.txt'), 'utf8');
/** The seed as one string without spaces, with PDF artefacts such as `M a a S` closed up. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

describe('the embedded default plan', () => {
  it('has the shape of the plan document: 3 policies, 9 areas, 18 initiatives, 35 measures', () => {
    expect(planCounts(DEFAULT_PLAN)).toEqual({ policy: 3, area: 9, initiative: 18, measure: 35 });
    expect(DEFAULT_PLAN.attitudes.map((a) => a.name)).toEqual(['市民目線', 'スピード感', 'チャレンジ', '成果検証', 'デジタル化']);
    expect(DEFAULT_PLAN.policies.flatMap((p) => p.challenges)).toHaveLength(14);
    expect(DEFAULT_PLAN.policies.map((p) => p.areas.length)).toEqual([3, 3, 3]);
  });

  it('has codes that are positions in document order', () => {
    for (const node of planNodes(DEFAULT_PLAN)) {
      const parts = node.code.split('-').map(Number);
      expect(parts.every((n) => n >= 1)).toBe(true);
    }
    const initiative = planNodes(DEFAULT_PLAN).find((n) => n.code === '1-2-1')!;
    expect(initiative.title).toBe('オープンデータの普及を促進します');
    expect(planNodes(DEFAULT_PLAN).find((n) => n.code === '1-2-1-2')!.title).toBe('人流データを活用した商店街の動態調査・分析');
    expect(planNodes(DEFAULT_PLAN).find((n) => n.code === '1-2')!.title).toBe('行政データの活用と伝わる情報発信');
  });

  it('takes every text from the seed document exactly', () => {
    const seed = squash(seedText());
    const texts = [
      DEFAULT_PLAN.philosophy.title,
      DEFAULT_PLAN.philosophy.text,
      ...DEFAULT_PLAN.attitudes.flatMap((a) => [a.name, a.description]),
      ...DEFAULT_PLAN.policies.flatMap((p) => p.challenges),
      ...planNodes(DEFAULT_PLAN).map((n) => n.title),
      ...planNodes(DEFAULT_PLAN).flatMap((n) => (n.level === 'area' && n.area?.description ? [n.area.description] : [])),
    ];
    const missing = texts.filter((t) => !seed.includes(squash(t)));
    expect(missing).toEqual([]);
    // PDF spacing is normalised, not kept.
    expect(planNodes(DEFAULT_PLAN).some((n) => n.title === '金沢MaaSの推進')).toBe(true);
  });

  it('says its period is assumed (FY2023–FY2027)', () => {
    expect(DEFAULT_PLAN.period).toEqual({ startYear: 2023, endYear: 2027, assumed: true });
    expect(planOutline(DEFAULT_PLAN, 'ja')).toContain('2023–2027年度・想定');
    expect(planOutline(DEFAULT_PLAN, 'en')).toContain('FY2023–FY2027, assumed');
  });
});

describe('plan files', () => {
  it('reads back what `plan --format json` prints', () => {
    expect(parsePlanFile(JSON.stringify(DEFAULT_PLAN))).toEqual(DEFAULT_PLAN);
  });

  it('accepts a small plan with codes left out and measures as plain text', () => {
    const plan = parsePlanFile(
      JSON.stringify({
        name: '別市 行政改革プラン',
        period: { startYear: 2025, endYear: 2029 },
        policies: [
          { title: '方針A', areas: [{ title: '施策A', initiatives: [{ title: '取組A', measures: ['事業A', { title: '事業B' }] }] }] },
        ],
      }),
    );
    expect(plan.policies[0].areas[0].initiatives[0].measures.map((m) => m.code)).toEqual(['1-1-1-1', '1-1-1-2']);
    expect(plan.period).toEqual({ startYear: 2025, endYear: 2029, assumed: false });
  });

  const bad = (data: unknown) => () => parsePlanFile(typeof data === 'string' ? data : JSON.stringify(data));
  const good = () => JSON.parse(JSON.stringify(DEFAULT_PLAN));

  it.each([
    [
      'a missing title deep inside',
      (p: any) => delete p.policies[1].areas[0].initiatives[1].title,
      'policies[1].areas[0].initiatives[1].title',
    ],
    ['a code that is not its position', (p: any) => (p.policies[0].areas[1].code = '1-3'), 'policies[0].areas[1].code'],
    ['policies that are not a list', (p: any) => (p.policies = {}), 'policies'],
    [
      'an empty measure text',
      (p: any) => (p.policies[2].areas[2].initiatives[0].measures[0].title = ' '),
      'policies[2].areas[2].initiatives[0].measures[0].title',
    ],
    ['a period ending before it starts', (p: any) => (p.period = { startYear: 2027, endYear: 2023 }), 'period.endYear'],
    ['no period', (p: any) => delete p.period, 'period'],
  ])('names the path of %s', (_what, spoil, path) => {
    const plan = good();
    spoil(plan);
    expect(bad(plan)).toThrow(PlanFileError);
    try {
      bad(plan)();
    } catch (error) {
      expect((error as PlanFileError).path).toBe(path);
      expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    }
  });

  it('answers broken JSON with a PlanFileError, not a crash', () => {
    expect(bad('{"name": ')).toThrow(/not valid JSON/);
  });
});
