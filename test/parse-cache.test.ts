/**
 * The engine's caches keep its answers: a number is parsed once per value AND number format
 * (src/tracker/parse-cache.ts), and the closest-measure suggestion compares precomputed bigrams
 * (src/tracker/plan-index.ts) with the same score as comparing the texts.
 */
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { ParseCache } from '../src/tracker/parse-cache';
import { buildPlanIndex, suggestMeasure } from '../src/tracker/plan-index';
import { bigramSimilarity, bigrams, similarity } from '../src/tracker/text';
import { parseFiscalYear, parseProgress } from '../src/tracker/values';
import { HEADERS, row, sheet, validate } from './support/tracker';

describe('ParseCache', () => {
  it('keeps a number apart by its format: 0.5 under 0% is 50, under General 0.5', () => {
    const cache = new ParseCache();
    const progress = (raw: number, format: string | null) => cache.get(raw, format, () => parseProgress(raw, format));
    expect(progress(0.5, '0%')).toEqual({ ok: true, value: 50 });
    expect(progress(0.5, null)).toEqual({ ok: true, value: 0.5 });
    expect(progress(0.5, '0%')).toEqual({ ok: true, value: 50 });
    const year = (raw: number, format: string | null) => cache.get(raw, format, () => parseFiscalYear(raw, format));
    expect(year(45_383, 'yyyy/m/d')).toEqual({ ok: true, value: 2024 }); // 2024-04-01
    expect(year(45_383, 'General')).toEqual({ ok: false });
  });

  it('parses a repeated value once, and keeps -0, texts and dates apart from numbers', () => {
    const cache = new ParseCache();
    let calls = 0;
    const parse = (value: number | string | Date) => () => {
      calls++;
      return { ok: true as const, value: String(value) };
    };
    for (let i = 0; i < 5; i++) cache.get(2024, null, parse(2024));
    expect(calls).toBe(1);
    expect(cache.get('2024', null, parse('2024')).ok && calls).toBe(2);
    const date = new Date(2024);
    expect(cache.get(date, null, parse(date))).toEqual({ ok: true, value: String(date) });
    expect(calls).toBe(3);
    cache.get(-0, null, parse(-0));
    cache.get(-0, null, parse(-0));
    expect(calls).toBe(5);
  });

  it('reads the same progress column as before: a percent cell and a plain cell with the same number', () => {
    const progressColumn = HEADERS.indexOf('進捗率');
    const rows = [row({ 進捗率: 0.5 }), row({ 進捗率: 0.5 }), row({ 進捗率: 50 })];
    const formats = [[], [], [], ...rows.map((_r, i) => HEADERS.map((_h, c) => (c === progressColumn && i === 0 ? '0%' : null)))];
    const result = validate([sheet('進捗', rows, { formats })]);
    expect(result.rows.map((r) => r.values.progress)).toEqual([50, 0.5, 50]);
  });
});

describe('closest-measure suggestion over precomputed bigrams', () => {
  it('scores as similarity() does', () => {
    const texts = ['窓口のデジタル化', '窓口のデジタル化推進', 'ああああ', 'あ', '', 'abab', 'aabb', '行政情報のオープンデータ化推進'];
    for (const a of texts) for (const b of texts) expect(bigramSimilarity(bigrams(a), bigrams(b))).toBe(similarity(a, b));
  });

  it('suggests the same measure, the second time from its cache', () => {
    const index = buildPlanIndex(DEFAULT_PLAN);
    const measure = DEFAULT_PLAN.policies[0].areas[1].initiatives[0].measures[0];
    const typo = `${measure.title.slice(0, -1)}の推進`;
    const first = suggestMeasure(index, typo);
    expect(first?.code).toBe(measure.code);
    expect(suggestMeasure(index, typo)).toBe(first);
    expect(suggestMeasure(index, 'まったく関係のない文字列です')).toBeUndefined();
    // Within another initiative the same text has another answer (the cache keys both).
    const other = DEFAULT_PLAN.policies[1].areas[0].initiatives[0].code;
    expect(suggestMeasure(index, typo, other)?.code).not.toBe(measure.code);
  });
});
