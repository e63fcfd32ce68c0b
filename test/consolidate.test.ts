import { consolidate } from '../src/consolidate/consolidate';
import { consolidationSheetsByRole, consolidationWorkbookSpec } from '../src/consolidate/sheets';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { row, sheet, validate } from './support/tracker';

const digital = validate([
  sheet('進捗管理表', [row(), row({ 番号: '1-1-1-1', 事業名: '職員による課題解決アプリの本格導入', 取組: null, 施策: '(1)' })]),
]);
const publicRelations = validate([
  sheet('広報', [
    row({ 担当課: '広報広聴課', 進捗状況: '完了', 進捗率: 100, 実績値: 100 }), // the same measure and year as the first file
    row({ 番号: '1-2-2-1', 取組: '目的に応じた広報機能の充実に取り組みます', 事業名: 'SNSを活用した情報発信の充実', 担当課: '広報広聴課' }),
  ]),
]);

describe('consolidating department trackers', () => {
  const result = consolidate(
    [
      { source: 'デジタル行政戦略課.xlsx', result: digital },
      { source: '広報広聴課.xlsx', result: publicRelations },
    ],
    [{ source: '壊れた.xlsx', reason: 'cannot read 壊れた.xlsx as .xlsx (damaged or truncated)' }],
  );

  it('merges every row with its source', () => {
    expect(result.rows.map((r) => [r.source, r.row.placement.measureCode])).toEqual([
      ['デジタル行政戦略課.xlsx', '1-2-1-1'],
      ['デジタル行政戦略課.xlsx', '1-1-1-1'],
      ['広報広聴課.xlsx', '1-2-1-1'],
      ['広報広聴課.xlsx', '1-2-2-1'],
    ]);
    expect(result.merged.rows).toHaveLength(4);
  });

  it('flags the same measure and fiscal year from two files, with both values and what differs', () => {
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({ measure: '1-2-1-1', fiscalYear: 2024, differing: ['department', 'status', 'progress', 'actual'] });
    expect(conflict.entries.map((e) => [e.source, e.department, e.status, e.progress, e.actual])).toEqual([
      ['デジタル行政戦略課.xlsx', 'デジタル行政戦略課', '実施中', 50, 60],
      ['広報広聴課.xlsx', '広報広聴課', '完了', 100, 100],
    ]);
  });

  it('reports each file, the unreadable one with its reason, without stopping the rest', () => {
    expect(result.sources.map((s) => [s.source, s.rowCount, s.failure ?? null])).toEqual([
      ['デジタル行政戦略課.xlsx', 2, null],
      ['広報広聴課.xlsx', 2, null],
      ['壊れた.xlsx', 0, 'cannot read 壊れた.xlsx as .xlsx (damaged or truncated)'],
    ]);
  });

  it('writes the merged rows as a tracker that validate reads back', () => {
    const spec = consolidationWorkbookSpec(result, 'ja');
    expect(spec.sheets.map((s) => s.name)).toEqual(['ファイル別', '競合', '統合']);
    const merged = spec.sheets[2];
    expect(merged.values[0].slice(0, 6)).toEqual(['出典', '番号', '方針', '施策', '取組', '事業名']);
    const reread = validateWorkbook({ sheets: [{ name: '統合', values: merged.values as never }] }, DEFAULT_PLAN);
    expect(reread.rows).toHaveLength(4);
    expect(reread.issues).toEqual([]);
    const conflictRows = spec.sheets[1].values.slice(1);
    expect(conflictRows.map((r) => [r[0], r[3], r[7]])).toEqual([
      ['1-2-1-1', 'デジタル行政戦略課.xlsx', '実施中'],
      ['1-2-1-1', '広報広聴課.xlsx', '完了'],
    ]);
    expect(consolidationWorkbookSpec(result, 'en').sheets.map((s) => s.name)).toEqual(['By file', 'Conflicts', 'Merged']);
  });

  it('names each sheet by its role, the workbook spec lists them in the same order', () => {
    const { sources, conflicts, merged } = consolidationSheetsByRole(result, 'en');
    expect([sources.name, conflicts.name, merged.name]).toEqual(['By file', 'Conflicts', 'Merged']);
    expect(merged.values[0][0]).toBe('Source');
    expect(consolidationWorkbookSpec(result, 'en').sheets).toEqual([sources, conflicts, merged]);
  });

  it('does not call the same file twice a conflict (that is duplicate-entry)', () => {
    const twice = consolidate([{ source: 'a.xlsx', result: validate([sheet('S', [row(), row()])]) }]);
    expect(twice.conflicts).toEqual([]);
    expect(twice.merged.counts.error).toBe(1);
  });
});
