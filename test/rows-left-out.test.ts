/**
 * Rows the checks and the figures leave out, each reported once as an info: 小計 / 合計 rows
 * (subtotal-row) and template rows a department has not filled in yet (not-filled-in); and the
 * fiscal years staff write (invalid-fiscal-year for one that cannot be read).
 */
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize } from '../src/summary/summarize';
import { parseFiscalYear } from '../src/tracker/values';
import { dataRow, NOT_FILLED_IN, row, rules, sheet, validate } from './support/tracker';

const year = (raw: string, period?: { startYear: number; endYear: number }) => {
  const parsed = parseFiscalYear(raw, null, { period });
  return parsed.ok ? parsed.value : 'INVALID';
};

describe('fiscal years as staff write them', () => {
  it.each([
    ['H31/R1', 2019],
    ['Ｈ３１／Ｒ１', 2019],
    ['平成31年度（令和元年度）', 2019],
    ['2024（令和6）年度', 2024],
    ['R1', 2019],
    ['令和元年度', 2019],
  ])('reads %j as %i', (raw, expected) => expect(year(raw)).toBe(expected));

  it('reads 元年度 without an era only where the plan period makes the era unique', () => {
    expect(year('元年度', { startYear: 2019, endYear: 2023 })).toBe(2019);
    expect(year('元年度', { startYear: 1985, endYear: 2020 })).toBe('INVALID');
    expect(year('元年度')).toBe('INVALID');
  });

  it('refuses two names of different years', () => expect(year('H30/R1')).toBe('INVALID'));

  it('reports an unreadable year as invalid-fiscal-year, with its own message in both languages', () => {
    const ja = validate([sheet('進捗管理表', [row({ 年度: '来年度' })])]).issues;
    expect(ja.map((i) => i.rule)).toEqual(['invalid-fiscal-year']);
    expect(ja[0].message).toContain('年度として読めません');
    const en = validate([sheet('進捗管理表', [row({ 年度: '来年度' })])], 'en').issues;
    expect(en[0].message).toContain('cannot be read as a fiscal year');
  });
});

describe('subtotal rows', () => {
  it.each([
    ['a 小計 measure', row({ 番号: null, 事業名: '小計', 担当課: null, 年度: null, 進捗状況: null, 進捗率: 55 })],
    [
      'a 合計 in the first text cell',
      row({ 番号: '合計', 方針: null, 施策: null, 取組: null, 事業名: null, 担当課: null, 年度: null, 進捗状況: null }),
    ],
    ['方針1 計', row({ 番号: null, 方針: '方針1 計', 事業名: null, 進捗状況: null })],
  ])('leaves out %s with one info instead of errors', (_what, subtotal) => {
    const result = validate([sheet('進捗管理表', [row(), subtotal])]);
    expect(rules(result)).toEqual([expect.stringMatching(new RegExp(`^E${dataRow(1)} subtotal-row$`))]);
    expect(result.rows.map((r) => r.row)).toEqual([dataRow(0)]);
    expect(result.leftOut).toEqual({ 'subtotal-row': 1, 'not-filled-in': 0 });
    expect(summarize(result, DEFAULT_PLAN, { lang: 'ja' }).total.rows).toBe(1);
  });

  it('does not take a measure that merely contains 計 for a subtotal', () => {
    const result = validate([sheet('進捗管理表', [row({ 番号: null, 事業名: '計画的な職員研修の実施' })])]);
    expect(result.issues.some((i) => i.rule === 'subtotal-row')).toBe(false);
    expect(result.rows).toHaveLength(1);
  });
});

describe('rows not filled in yet', () => {
  const untouched = row(NOT_FILLED_IN);

  it('lists a row with only plan columns, year and department as 未記入 on its status cell, and does not count it', () => {
    const result = validate([sheet('進捗管理表', [row(), untouched])]);
    expect(rules(result)).toEqual([`H${dataRow(1)} not-filled-in`]);
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 1 });
    expect(result.issues[0].message).toContain('未記入');
    const summary = summarize(result, DEFAULT_PLAN, { lang: 'ja' });
    expect(summary.total.rows).toBe(1);
  });

  it('lists it too without a department (a template made without --department)', () => {
    const result = validate([sheet('進捗管理表', [untouched.map((v, i) => (i === 5 ? null : v))])]);
    expect(rules(result)).toEqual([`H${dataRow(0)} not-filled-in`]);
  });

  it('checks a row once anything a department enters is there', () => {
    const started = validate([
      sheet('進捗管理表', [
        row({
          進捗状況: null,
          進捗率: null,
          評価: null,
          指標: null,
          目標値: null,
          実績値: null,
          単位: null,
          取組姿勢: null,
          開始日: null,
          終了日: null,
          備考: null,
        }).map((v, i) => (i === 8 ? 20 : v)),
      ]),
    ]);
    expect(rules(started)).toEqual([`H${dataRow(0)} missing-required`]);
  });
});
