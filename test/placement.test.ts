import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { placeRow } from '../src/tracker/place';
import { buildPlanIndex } from '../src/tracker/plan-index';
import { emptyValues, type RowValues } from '../src/tracker/read-tracker';
import { dataRow, row, rules, sheet, validate } from './support/tracker';

const index = buildPlanIndex(DEFAULT_PLAN);
const place = (v: Partial<RowValues>, sheetPolicy?: string) => placeRow({ ...emptyValues(), ...v }, index, sheetPolicy);

describe('placing a row in the plan', () => {
  it('places by id first', () => {
    const p = place({ id: '2-2-2-1', measure: '金沢MaaSの推進' });
    expect(p).toMatchObject({
      by: 'id',
      policyCode: '2',
      areaCode: '2-2',
      initiativeCode: '2-2-2',
      measureCode: '2-2-2-1',
      unlisted: false,
    });
    expect(p.contradiction).toBeUndefined();
  });

  it('places a listed measure by its text alone, even with the initiative blank', () => {
    expect(place({ measure: '金沢M a a Sの推進' })).toMatchObject({ by: 'measure', measureCode: '2-2-2-1' });
    expect(place({ measure: '・ 審議会等の見直し など' })).toMatchObject({ by: 'measure', measureCode: '1-1-2-1' });
    expect(place({ measure: '地域活動発信アプリ(結ネット等)の普及促進' })).toMatchObject({ measureCode: '2-1-2-1' });
  });

  it('places an unlisted measure by its initiative cell (text, shortened text or code)', () => {
    expect(place({ initiative: '● オープンデータの普及を促進します', measure: 'バス停データの公開' })).toMatchObject({
      by: 'initiative',
      initiativeCode: '1-2-1',
      unlisted: true,
    });
    expect(place({ initiative: 'オープンデータの普及を促進', measure: 'バス停データの公開' })).toMatchObject({ initiativeCode: '1-2-1' });
    expect(place({ initiative: '1-2-1', measure: 'バス停データの公開' })).toMatchObject({ initiativeCode: '1-2-1' });
  });

  it('treats an id with an unknown measure number as an unlisted measure (など)', () => {
    expect(place({ id: '1-1-1-9', measure: 'RPAの導入' })).toMatchObject({ by: 'id', initiativeCode: '1-1-1', unlisted: true });
  });

  it.each([['1-1-4'], ['4-1-1-1'], ['1-4-1-1']])('cannot place id %s: unknown initiative', (id) => {
    expect(place({ id, measure: '行政情報のオープンデータ化推進' })).toMatchObject({ by: null, unknownField: 'measure' });
  });

  it('takes a lone number in a No. column as a row number, not a code', () => {
    expect(place({ id: '12', measure: '行政情報のオープンデータ化推進' })).toMatchObject({ by: 'measure', measureCode: '1-2-1-1' });
  });

  it('suggests the closest listed measure for a row it cannot place', () => {
    const p = place({ measure: 'SNSを活用した情報発信の強化' });
    expect(p.by).toBeNull();
    expect(p.suggestion).toEqual({ code: '1-2-2-1', title: 'SNSを活用した情報発信の充実' });
  });

  describe('contradictions', () => {
    it('finds a listed measure under another initiative', () => {
      expect(place({ measure: '審議会等の見直し', initiative: 'オープンデータの普及を促進します' }).contradiction).toMatchObject({
        field: 'initiative',
        expectedCode: '1-1-2',
      });
    });
    it('finds an id contradicting the policy and area cells, reporting the first', () => {
      expect(place({ id: '1-2-1-1', policy: '2', area: '(3)' }).contradiction).toMatchObject({ field: 'policy', expectedCode: '1' });
      expect(place({ id: '1-2-1-1', policy: '方針1', area: '2-3' }).contradiction).toMatchObject({ field: 'area', expectedCode: '1-2' });
    });
    it('accepts the policy and area in every usual form', () => {
      for (const policy of ['1', '方針1', '方針１', '行政組織の質を高める（ヒトの育成と情報発信の強化）', '行政組織の質を高める']) {
        for (const area of ['(2)', '（２）', '1-2', '行政データの活用と伝わる情報発信', '(2) 行政データの活用と伝わる情報発信']) {
          expect([policy, area, place({ id: '1-2-1-1', policy, area }).contradiction]).toEqual([policy, area, undefined]);
        }
      }
    });
    it('finds a code contradicting the sheet policy', () => {
      expect(place({ id: '2-1-1-1' }, '1').contradiction).toMatchObject({ field: 'sheet', expectedCode: '2' });
      expect(place({ id: '1-1-1-1' }, '1').contradiction).toBeUndefined();
    });
    it('finds a measure text that has nothing to do with the listed measure of the id', () => {
      expect(place({ id: '1-1-1-1', measure: 'オンライン申請の拡大' }).contradiction).toMatchObject({
        field: 'measure',
        expectedCode: '1-1-1-1',
      });
    });
    it('accepts a shortened or reworded measure text under its id', () => {
      for (const measure of [
        '課題解決アプリの本格導入',
        '課題解決アプリ導入',
        '職員による課題解決アプリ',
        '職員による課題解決アプリの本格導入（R6～）',
      ]) {
        expect([measure, place({ id: '1-1-1-1', measure }).contradiction]).toEqual([measure, undefined]);
      }
    });
    it('finds a measure text naming another listed measure than the id', () => {
      expect(place({ id: '1-1-1-1', measure: 'SNSを活用した情報発信の充実' }).contradiction).toMatchObject({ field: 'measure' });
    });
  });
});

describe('placement issues in a workbook', () => {
  it('reports hierarchy-mismatch on the id cell when a policy sheet holds another policy', () => {
    const result = validate([sheet('方針2', [row({ 方針: null, 施策: null })])]);
    expect(rules(result)).toEqual([`A${dataRow(0)} hierarchy-mismatch`]);
    expect(result.issues[0].message).toContain('方針2のシート');
  });

  it('reports unknown-initiative on the initiative cell, else the measure cell, with a suggestion', () => {
    const result = validate([sheet('進捗管理表', [row({ 番号: null, 取組: null, 事業名: 'SNSを活用した情報発信の強化' })])]);
    expect(rules(result)).toEqual([`E${dataRow(0)} unknown-initiative`]);
    expect(result.issues[0].message).toContain('1-2-2-1 SNSを活用した情報発信の充実');
  });

  it('gives every row its plan code', () => {
    const result = validate([
      sheet('進捗管理表', [row(), row({ 番号: null, 事業名: '債券による資金運用の実施', 方針: null, 施策: null, 取組: null, 年度: 2025 })]),
    ]);
    expect(result.rows.map((x) => x.placement.measureCode)).toEqual(['1-2-1-1', '3-2-2-2']);
  });
});
