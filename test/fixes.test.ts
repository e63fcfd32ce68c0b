import { dataRow, NOT_FILLED_IN, row, sheet, validate } from './support/tracker';
import { RULES, type RuleId } from '../src/validate/types';
import { evaluationFix, fiscalYearFix, numberFix, statusFix, writeFiscalYear } from '../src/validate/fixes';

/** The issues of one data row as "cell rule fix" strings (fix '-' when none is proposed). */
const fixes = (over: Parameters<typeof row>[0], formats?: (string | null)[], others: Parameters<typeof row>[0][] = []) =>
  validate([
    sheet('進捗管理表', [row(over), ...others.map((o) => row(o))], { formats: formats ? [[], [], [], formats] : undefined }),
  ]).issues.map((i) => `${i.cell} ${i.rule} ${i.fix ? `${i.fix.cell}=${JSON.stringify(i.fix.value)}` : '-'}`);
const r = dataRow(0);

describe('a fix is proposed where the intended value is unambiguous', () => {
  it.each([
    [{ 進捗状況: '実施' }, `H${r} invalid-choice H${r}="実施中"`],
    [{ 進捗状況: '完了済み' }, `H${r} invalid-choice H${r}="完了"`],
    [{ 進捗状況: '　未 着手　', 進捗率: 0 }, undefined], // spaces only: already valid, no issue
    [{ 評価: 'Ａ評価' }, `N${r} invalid-choice N${r}="A"`],
    [{ 評価: '（Ｃ）' }, `N${r} invalid-choice N${r}="C"`],
    [{ 目標値: '100件' }, `K${r} not-a-number K${r}=100`],
    [{ 実績値: '約６０' }, `L${r} not-a-number L${r}=60`],
    [{ 進捗率: '５０％程度' }, `I${r} not-a-number I${r}=50`],
    [{ 年度: '令和6年度分' }, `G${r} invalid-fiscal-year G${r}=2024`],
    [{ 番号: null, 事業名: '行政情報のオープンデーター化推進' }, `E${r} unlisted-measure E${r}="行政情報のオープンデータ化推進"`],
  ])('%j', (over, expected) => {
    const found = fixes(over);
    if (expected === undefined) expect(found).toEqual([]);
    else expect(found).toEqual([expected]);
  });

  it('writes a percent-formatted progress cell as a fraction', () => {
    expect(fixes({ 進捗率: '50%くらい' }, [null, null, null, null, null, null, null, null, '0%'])).toEqual([
      `I${r} not-a-number I${r}=0.5`,
    ]);
  });

  it("writes a fixed fiscal year in the sheet's prevailing form", () => {
    const others = [
      { 年度: 'R6', 担当課: 'A課' },
      { 年度: 'R7', 担当課: 'B課' },
    ];
    expect(fixes({ 年度: '2025年度予定' }, undefined, others)).toEqual([`G${r} invalid-fiscal-year G${r}="R7"`]);
    const nendo = [
      { 年度: '2024年度', 担当課: 'A課' },
      { 年度: '2025年度', 担当課: 'B課' },
    ];
    expect(fixes({ 年度: 'R6年度上半期' }, undefined, nendo)).toEqual([`G${r} invalid-fiscal-year G${r}="2024年度"`]);
  });
});

describe('no fix where two values are equally close or none is certain', () => {
  it.each([
    [{ 進捗状況: '中' }, 'invalid-choice'], // in 検討中, 実施中 and 中止
    [{ 進捗状況: '順調' }, 'invalid-choice'],
    [{ 評価: 'AB' }, 'invalid-choice'],
    [{ 評価: 'S' }, 'invalid-choice'],
    [{ 取組姿勢: 'スピード' }, 'invalid-choice'],
    [{ 進捗率: '半分' }, 'not-a-number'],
    [{ 目標値: '50～60' }, 'not-a-number'],
    [{ 実績値: '1/2' }, 'not-a-number'],
    [{ 年度: '来年度' }, 'invalid-fiscal-year'],
    [{ 年度: 'R6〜R7' }, 'invalid-fiscal-year'],
    [{ 開始日: '2024/2/30' }, 'invalid-date'],
    [{ 事業名: null }, 'missing-required'],
    [{ 進捗率: 101 }, 'out-of-range'],
    [{ 開始日: '2024/10/1', 終了日: '2024/9/30' }, 'date-order'],
    [{ 年度: 2022 }, 'fiscal-year-outside-plan'],
    [{ 方針: '方針2' }, 'hierarchy-mismatch'],
    [{ 進捗状況: '完了', 進捗率: 90 }, 'status-progress-conflict'],
    [{ 番号: '1-2-1-9', 事業名: 'バス停の位置情報の公開' }, 'unlisted-measure'],
    [{ 番号: '4-1-1-1' }, 'unknown-initiative'],
    [{ 番号: null, 方針: null, 施策: null, 取組: null, 事業名: '小計', 進捗状況: null }, 'subtotal-row'],
    [NOT_FILLED_IN, 'not-filled-in'],
  ] as [Parameters<typeof row>[0], RuleId][])('%j', (over, rule) => {
    const found = fixes(over);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.endsWith(' -'))).toBe(true);
    expect(found.some((f) => f.includes(` ${rule} `))).toBe(true);
  });

  it('proposes none on a duplicate entry', () => {
    const found = fixes({}, undefined, [{}]);
    expect(found).toEqual([`E${dataRow(1)} duplicate-entry -`]);
  });

  it('covers every rule with a case above', () => {
    // A new rule must get its fix cases here (a fix or an explicit none); plan-revision's notes carry
    // none, asserted in plan-revision.test.ts, since it needs an earlier plan.
    expect(Object.keys(RULES).sort()).toEqual(
      [
        'date-order',
        'duplicate-entry',
        'fiscal-year-outside-plan',
        'hierarchy-mismatch',
        'invalid-choice',
        'invalid-date',
        'invalid-fiscal-year',
        'missing-required',
        'not-a-number',
        'not-filled-in',
        'out-of-range',
        'plan-revision',
        'status-progress-conflict',
        'subtotal-row',
        'unknown-initiative',
        'unlisted-measure',
      ].sort(),
    );
  });
});

describe('the fix functions alone', () => {
  it('statusFix: contains or is contained in exactly one status', () => {
    expect(statusFix('実施')).toBe('実施中');
    expect(statusFix('延期済')).toBe('延期');
    expect(statusFix('未着')).toBe('未着手');
    expect(statusFix('中')).toBeUndefined();
    expect(statusFix('')).toBeUndefined();
  });
  it('evaluationFix reads one full-width grade', () => {
    expect(evaluationFix('ｂ．')).toBe('B');
    expect(evaluationFix('Ｄランク')).toBe('D');
    expect(evaluationFix('A+')).toBeUndefined();
  });
  it('numberFix takes exactly one number with words around it', () => {
    expect(numberFix('1,200人', 'target', null)).toBe(1200);
    expect(numberFix('▲５', 'actual', null)).toBe(-5);
    expect(numberFix('12月', 'target', null)).toBe(12);
    expect(numberFix('第2期', 'target', null)).toBeUndefined();
    expect(numberFix('3から5', 'target', null)).toBeUndefined();
  });
  it('fiscalYearFix needs all year-like parts to agree', () => {
    expect(fiscalYearFix('2024（令和6）年度分', 'number')).toBe(2024);
    expect(fiscalYearFix('2024（令和7）年度', 'number')).toBeUndefined();
    expect(fiscalYearFix('令和元年度実績', 'reiwa-long')).toBe('令和元年度');
  });
  it('writeFiscalYear writes each form', () => {
    expect([
      writeFiscalYear(2024, 'number'),
      writeFiscalYear(2024, 'year'),
      writeFiscalYear(2024, 'nendo'),
      writeFiscalYear(2024, 'reiwa-short'),
      writeFiscalYear(2024, 'reiwa-long'),
    ]).toEqual([2024, '2024', '2024年度', 'R6', '令和6年度']);
  });
});
