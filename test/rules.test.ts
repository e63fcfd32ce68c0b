import { dataRow, row, rules, sheet, validate, HEADER_ROW } from './support/tracker';
import { RULES } from '../src/validate/types';

/** Validates one data row and returns "cell rule" strings. */
const check = (over: Parameters<typeof row>[0], formats?: (string | null)[]) =>
  rules(validate([sheet('進捗管理表', [row(over)], { formats: formats ? [[], [], [], formats] : undefined })]));
const r = dataRow(0);

describe('a clean row', () => {
  it('raises nothing', () => expect(check({})).toEqual([]));
  it('raises nothing with normalised inputs: full-width digits, 和暦, text percentages, dashes', () => {
    expect(
      check({
        年度: '令和６年度',
        進捗率: '５０％',
        目標値: '１，２００',
        実績値: '-',
        開始日: 'R6.4.1',
        終了日: '令和7年3月31日',
        評価: 'ｂ',
        番号: '１－２－１－１',
      }),
    ).toEqual([]);
  });
  it('raises nothing for a percent-formatted progress cell', () => {
    expect(check({ 進捗率: 0.5 }, [null, null, null, null, null, null, null, null, '0%'])).toEqual([]);
  });
});

describe.each([
  ['missing-required', { 事業名: null }, `E${r}`],
  ['missing-required', { 担当課: '　' }, `F${r}`],
  ['missing-required', { 年度: null }, `G${r}`],
  ['missing-required', { 進捗状況: '' }, `H${r}`],
  ['invalid-choice', { 進捗状況: '実施' }, `H${r}`],
  ['invalid-choice', { 評価: 'S' }, `N${r}`],
  ['invalid-choice', { 取組姿勢: 'スピード' }, `O${r}`],
  ['not-a-number', { 進捗率: '半分' }, `I${r}`],
  ['not-a-number', { 目標値: '100件' }, `K${r}`],
  ['not-a-number', { 実績値: '未定' }, `L${r}`],
  ['out-of-range', { 進捗率: 101 }, `I${r}`],
  ['out-of-range', { 進捗率: -1 }, `I${r}`],
  ['out-of-range', { 目標値: -3 }, `K${r}`],
  ['out-of-range', { 実績値: '▲1' }, `L${r}`],
  ['invalid-date', { 開始日: '2024/2/30' }, `P${r}`],
  ['invalid-date', { 終了日: '年度末' }, `Q${r}`],
  ['invalid-fiscal-year', { 年度: '来年度' }, `G${r}`],
  ['invalid-fiscal-year', { 年度: 'H30/R1' }, `G${r}`],
  ['date-order', { 開始日: '2024/10/1', 終了日: '2024/9/30' }, `Q${r}`],
  ['fiscal-year-outside-plan', { 年度: 2022 }, `G${r}`],
  ['fiscal-year-outside-plan', { 年度: 'R10' }, `G${r}`],
  ['unknown-initiative', { 番号: '4-1-1-1' }, `D${r}`],
  ['unknown-initiative', { 番号: '1-1-4', 取組: null }, `E${r}`],
  ['hierarchy-mismatch', { 方針: '方針2' }, `B${r}`],
  ['hierarchy-mismatch', { 施策: '(3)' }, `C${r}`],
  ['hierarchy-mismatch', { 取組: '目的に応じた広報機能の充実に取り組みます' }, `D${r}`],
  ['status-progress-conflict', { 進捗状況: '完了', 進捗率: 90 }, `I${r}`],
  ['status-progress-conflict', { 進捗状況: '未着手', 進捗率: 10 }, `I${r}`],
  ['unlisted-measure', { 番号: '1-2-1-9', 事業名: 'バス停の位置情報の公開' }, `E${r}`],
])('%s', (rule, over, cell) => {
  it(`is raised on ${cell} for ${JSON.stringify(over)}`, () => {
    expect(check(over)).toEqual([`${cell} ${rule}`]);
  });
});

describe('near misses raise nothing', () => {
  it.each([
    [
      'progress exactly 0 and 100',
      [
        { 進捗率: 0, 進捗状況: '未着手' },
        { 進捗率: 100, 進捗状況: '完了', 年度: 2025 },
      ],
    ],
    ['start equal to end', [{ 開始日: '2024/4/1', 終了日: '2024/4/1' }]],
    ['the first and last year of the plan', [{ 年度: 2023 }, { 年度: 'R9' }]],
    ['zero target and actual', [{ 目標値: 0, 実績値: 0 }]],
    ['status 完了 without progress', [{ 進捗状況: '完了', 進捗率: null }]],
    ['an empty optional field', [{ 評価: null, 取組姿勢: null, 開始日: null, 終了日: null, 進捗率: null }]],
    ['the same measure in another year', [{ 年度: 2024 }, { 年度: 2025 }]],
    ['the same measure for another department', [{ 担当課: 'A課' }, { 担当課: 'B課' }]],
  ])('%s', (_what, overs) => {
    expect(
      rules(
        validate([
          sheet(
            '進捗管理表',
            overs.map((o) => row(o)),
          ),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('duplicates', () => {
  it('are reported on the later row, across sheets of the workbook', () => {
    const result = validate([sheet('方針1', [row()]), sheet('方針1 (追加分)', [row({ 担当課: ' デジタル行政戦略課 ' })])]);
    expect(result.issues.map((i) => `${i.sheet}!${i.cell} ${i.rule}`)).toEqual([`方針1 (追加分)!E${r} duplicate-entry`]);
    expect(result.issues[0].message).toContain(`方針1!E${r}`);
  });
});

describe('a missing required column', () => {
  it('is said once for the sheet, not once per row', () => {
    const headers = ['事業名', '担当課', '進捗状況'];
    const result = validate([
      { name: 'S', values: [headers, ['行政情報のオープンデータ化推進', '課', '実施中'], ['審議会等の見直し', '課', '完了']] },
    ]);
    expect(result.issues.map((i) => `${i.cell} ${i.rule} ${i.field}`)).toEqual(['D1 missing-required fiscalYear']);
    expect(result.issues[0].message).toContain('「年度」');
  });
});

describe('every issue', () => {
  it('names sheet, cell, row, field, rule, severity and a message, in either language', () => {
    const over = { 進捗状況: '実施', 進捗率: 120 };
    for (const lang of ['ja', 'en'] as const) {
      const result = validate([sheet('進捗管理表', [row(over)])], lang);
      expect(result.issues).toHaveLength(2);
      for (const issue of result.issues) {
        expect(issue.sheet).toBe('進捗管理表');
        expect(issue.row).toBe(r);
        expect(issue.severity).toBe(RULES[issue.rule]);
        expect(issue.message.length).toBeGreaterThan(10);
      }
    }
    const [ja] = validate([sheet('進捗管理表', [row({ 進捗状況: '実施' })])], 'ja').issues;
    expect(ja.message).toBe('「進捗状況」は 未着手・検討中・実施中・完了・延期・中止 のいずれかです（入力値: 実施）');
    expect(ja.value).toBe('実施');
    const [en] = validate([sheet('進捗管理表', [row({ 進捗状況: '実施' })])], 'en').issues;
    expect(en.message).toBe('"Status" must be one of 未着手, 検討中, 実施中, 完了, 延期, 中止 (found: 実施)');
  });

  it('has a rule id and severity from docs/contract.md', () => {
    expect(RULES).toEqual({
      'missing-required': 'error',
      'invalid-choice': 'error',
      'not-a-number': 'error',
      'out-of-range': 'error',
      'invalid-date': 'error',
      'date-order': 'error',
      'fiscal-year-outside-plan': 'error',
      'invalid-fiscal-year': 'error',
      'unknown-initiative': 'error',
      'hierarchy-mismatch': 'error',
      'duplicate-entry': 'error',
      'status-progress-conflict': 'warning',
      'unlisted-measure': 'info',
      'plan-revision': 'info',
      'subtotal-row': 'info',
      'not-filled-in': 'info',
    });
  });
});

describe('rows that are not data', () => {
  it('skips blank rows and heading rows holding only policy, area or initiative', () => {
    const result = validate([
      sheet('進捗管理表', [[null, '方針1 行政組織の質を高める'], [], row(), [null, null, '(2) 行政データの活用と伝わる情報発信']]),
    ]);
    expect(result.rows.map((x) => x.row)).toEqual([HEADER_ROW + 3]);
    expect(result.issues).toEqual([]);
  });
});
