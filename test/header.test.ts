import { detectHeader, fieldForHeader, policyOfSheetName, HEADER_SEARCH_ROWS } from '../src/tracker/header';
import { FIELD_IDS, FIELDS } from '../src/tracker/fields';

describe('header synonyms', () => {
  it('knows every synonym docs/contract.md lists', () => {
    const listed: Record<string, string[]> = {
      id: ['番号', 'No.', 'ID', '事業番号', 'コード'],
      policy: ['方針'],
      area: ['施策'],
      initiative: ['取組', '取組方針'],
      measure: ['事業名', '取組内容', '具体的な取組', '主な取組'],
      department: ['担当課', '所管課', '担当部局', '担当'],
      fiscalYear: ['年度'],
      status: ['進捗状況', '状況', 'ステータス'],
      progress: ['進捗率', '進捗(%)'],
      kpi: ['指標', '成果指標', 'KPI'],
      target: ['目標値'],
      actual: ['実績値'],
      unit: ['単位'],
      evaluation: ['評価'],
      attitudes: ['取組姿勢'],
      start: ['開始日', '着手日'],
      end: ['終了日', '完了予定日'],
      notes: ['備考'],
    };
    for (const [field, synonyms] of Object.entries(listed)) {
      for (const s of synonyms) expect([s, fieldForHeader(s)]).toEqual([s, field]);
    }
    expect(Object.keys(listed).sort()).toEqual([...FIELD_IDS].sort());
    expect(FIELD_IDS.every((f) => FIELDS[f].synonyms.length > 0)).toBe(true);
  });

  it.each([
    ['ｎｏ．', 'id'],
    ['Ｎｏ', 'id'],
    ['事 業 名', 'measure'],
    ['事業名\n', 'measure'],
    ['【事業名】', 'measure'],
    ['※担当課', 'department'],
    ['進捗（％）', 'progress'],
    ['進捗 ( % )', 'progress'],
    ['目標値（R9）', 'target'],
    ['実績値(件)', 'actual'],
    ['ＫＰＩ', 'kpi'],
    ['kpi', 'kpi'],
    ['年度\u3000', 'fiscalYear'],
  ])('matches %j regardless of width, spaces and brackets', (header, field) => expect(fieldForHeader(header)).toBe(field));

  it('does not take unrelated headers', () => {
    expect(fieldForHeader('作成日')).toBeUndefined();
    expect(fieldForHeader('合計')).toBeUndefined();
  });
});

describe('finding the header row', () => {
  const header = ['No.', '事業名', '担当課', '年度', '進捗状況'];

  it('finds it under title rows and merged title cells', () => {
    const rows = [
      ['令和6年度 進捗管理表', '令和6年度 進捗管理表', '令和6年度 進捗管理表'],
      ['作成: 行政経営課'],
      [],
      header,
      ['1-1-1-1', '事業', '課', 2024, '実施中'],
    ];
    const found = detectHeader(rows)!;
    expect(found.rowIndex).toBe(3);
    expect(found.columns).toEqual({ id: 0, measure: 1, department: 2, fiscalYear: 3, status: 4 });
  });

  it('finds columns in any order and keeps unknown headers aside', () => {
    const found = detectHeader([['進捗状況', '作成者', '年度', '担当課', '取組内容']])!;
    expect(found.columns).toEqual({ status: 0, fiscalYear: 2, department: 3, measure: 4 });
    expect(found.otherHeaders).toEqual([{ index: 1, text: '作成者' }]);
  });

  it('looks no further than the first rows', () => {
    const rows: unknown[][] = Array.from({ length: HEADER_SEARCH_ROWS }, () => []);
    expect(detectHeader([...rows, header] as never)).toBeNull();
    expect(detectHeader([...rows.slice(1), header] as never)!.rowIndex).toBe(HEADER_SEARCH_ROWS - 1);
  });

  it('needs the measure and two of department, fiscal year and status', () => {
    expect(detectHeader([['事業名', '担当課']])).toBeNull();
    expect(detectHeader([['担当課', '年度', '進捗状況']])).toBeNull();
    expect(detectHeader([['事業名', '担当課', '年度']])).not.toBeNull();
  });

  it('prefers the row naming most fields when a memo line also mentions some', () => {
    const rows = [
      ['事業名', '担当課', '年度'],
      ['番号', '事業名', '担当課', '年度', '進捗状況', '進捗率'],
    ];
    expect(detectHeader(rows)!.rowIndex).toBe(1);
  });
});

describe('policy sheets', () => {
  it.each([
    ['方針1', '1'],
    ['方針２', '2'],
    ['方針 3', '3'],
    ['方針3（財政基盤）', '3'],
    ['メモ', undefined],
    ['集計', undefined],
  ])('%s fixes policy %s', (name, code) => expect(policyOfSheetName(name)).toBe(code));
});
