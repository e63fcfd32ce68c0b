import {
  parseAttitudes,
  parseChoice,
  parseDate,
  parseEvaluation,
  parseFiscalYear,
  parseNumber,
  parseProgress,
  parseText,
  isEmptyCell,
} from '../src/tracker/values';
import { STATUSES } from '../src/tracker/fields';

const value = <T>(p: { ok: true; value: T | null } | { ok: false }) => (p.ok ? p.value : 'INVALID');

describe('empty and "none" cells', () => {
  it.each([[null], [''], ['   '], ['\u3000\u3000'], [' \u3000 ']])('treats %j as empty', (raw) => {
    expect(isEmptyCell(raw)).toBe(true);
  });
  it('keeps a cell with text as not empty', () => expect(isEmptyCell(' a ')).toBe(false));
  it.each([['-'], ['－'], ['―']])('reads %s alone as none in an optional field', (dash) => {
    expect(value(parseText(dash, true))).toBeNull();
    expect(value(parseNumber(dash))).toBeNull();
  });
  it('folds full-width letters and trailing spaces in text', () => {
    expect(value(parseText('ＤＸ推進課　', false))).toBe('DX推進課');
  });
});

describe('fiscal years', () => {
  it.each([
    [2024, 2024],
    ['2024', 2024],
    ['２０２４年度', 2024],
    ['2024年度', 2024],
    ['FY2024', 2024],
    ['R6', 2024],
    ['Ｒ６', 2024],
    ['r6', 2024],
    ['令和6年度', 2024],
    ['令和６年度', 2024],
    ['令和元年度', 2019],
    ['H31', 2019],
    ['平成31年度', 2019],
    ['R6年度', 2024],
    ['2024年度（令和6年度）', 2024],
  ])('reads %j as %i', (raw, year) => expect(value(parseFiscalYear(raw))).toBe(year));

  it('reads a date cell as the fiscal year it falls in (April–March)', () => {
    expect(value(parseFiscalYear(new Date(Date.UTC(2025, 2, 31))))).toBe(2024);
    expect(value(parseFiscalYear(new Date(Date.UTC(2025, 3, 1))))).toBe(2025);
  });

  it.each([['来年度'], ['R'], [6], ['2024/13'], [true]])('refuses %j', (raw) =>
    expect(value(parseFiscalYear(raw as never))).toBe('INVALID'),
  );
});

describe('dates', () => {
  it.each([
    ['2024/4/1', '2024-04-01'],
    ['2024-04-01', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['R6/4/1', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['H31.4.30', '2019-04-30'],
    ['２０２４／４／１', '2024-04-01'],
    ['20240401', '2024-04-01'],
    [45383, '2024-04-01'],
  ])('reads %j as %s', (raw, iso) => expect(value(parseDate(raw))).toBe(iso));

  it('reads a date cell', () => expect(value(parseDate(new Date(Date.UTC(2024, 3, 1))))).toBe('2024-04-01'));

  it.each([['R6.13.1'], ['2024/2/30'], ['令和6年'], ['来月'], [true]])('refuses %j', (raw) =>
    expect(value(parseDate(raw as never))).toBe('INVALID'),
  );
});

describe('progress', () => {
  it.each<[unknown, string | null, number]>([
    [50, null, 50],
    [0.5, '0%', 50],
    [1, '0.0%', 100],
    [0.57, '0%', 57],
    ['50%', null, 50],
    ['５０％', null, 50],
    ['50 %', null, 50],
    ['50', null, 50],
    ['12.5%', null, 12.5],
  ])('reads %j (format %s) as %d', (raw, format, expected) => expect(value(parseProgress(raw as never, format))).toBe(expected));

  it('reads a number in a General cell as percent, not a fraction', () => expect(value(parseProgress(0.5, 'General'))).toBe(0.5));
  it('ignores a % inside quotes of a format', () => expect(value(parseProgress(50, '0"%"'))).toBe(50));
  it.each([['半分'], ['50%以上'], [true]])('refuses %j', (raw) => expect(value(parseProgress(raw as never))).toBe('INVALID'));
});

describe('numbers', () => {
  it.each([
    ['1,200', 1200],
    ['１，２００', 1200],
    [1200, 1200],
    ['▲5', -5],
    ['△5', -5],
    ['-5', -5],
    ['3.5', 3.5],
  ])('reads %j as %d', (raw, n) => expect(value(parseNumber(raw))).toBe(n));
  it.each([['約100'], ['100件'], ['未定'], [true]])('refuses %j', (raw) => expect(value(parseNumber(raw as never))).toBe('INVALID'));
});

describe('choices', () => {
  it('reads statuses exactly, after NFKC and spaces', () => {
    expect(value(parseChoice('実施中', STATUSES))).toBe('実施中');
    expect(value(parseChoice(' 完 了 ', STATUSES))).toBe('完了');
    expect(value(parseChoice('実施', STATUSES))).toBe('INVALID');
  });
  it('reads evaluations A–D in any width or case', () => {
    expect(value(parseEvaluation('Ａ'))).toBe('A');
    expect(value(parseEvaluation('b'))).toBe('B');
    expect(value(parseEvaluation('E'))).toBe('INVALID');
    expect(value(parseEvaluation('AB'))).toBe('INVALID');
  });
  it('splits attitudes on 、 , ・ and new lines, by name or number', () => {
    const names = ['市民目線', 'スピード感', 'チャレンジ', '成果検証', 'デジタル化'];
    expect(parseAttitudes('デジタル化、市民目線', names)).toEqual({ known: ['市民目線', 'デジタル化'], unknown: [] });
    expect(parseAttitudes('スピード感・チャレンジ\n成果検証', names)).toEqual({
      known: ['スピード感', 'チャレンジ', '成果検証'],
      unknown: [],
    });
    expect(parseAttitudes('1,5', names)).toEqual({ known: ['市民目線', 'デジタル化'], unknown: [] });
    expect(parseAttitudes('市民目線、スピード', names)).toEqual({ known: ['市民目線'], unknown: ['スピード'] });
    expect(parseAttitudes('　', names)).toBeNull();
  });
});
