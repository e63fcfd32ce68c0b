import { compareSnapshots } from '../src/history/changes';
import { changesSheetSpec, trendSheetSpec } from '../src/history/change-sheets';
import { appendSnapshot, readHistory, HISTORY_HEADER } from '../src/history/history-sheet';
import { takeSnapshot } from '../src/history/snapshot';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize } from '../src/summary/index';
import type { ValidationResult } from '../src/validate/validate-workbook';
import { AI, CITY, row, sheet, SNS, validate } from './support/tracker';

// October: open data in progress at 40%, SNS in progress at 50%, the AI system under study.
const october = validate([
  sheet('進捗管理表', [row({ 進捗率: 40 }), row({ ...SNS, 進捗率: 50 }), row({ ...AI, 進捗状況: '検討中', 進捗率: 0 })]),
]);
// November: open data completed, SNS postponed and down to 30%, AI gone, a policy-2 measure added.
const november = validate([
  sheet('進捗管理表', [
    row({ 進捗状況: '完了', 進捗率: 100 }),
    row({ ...SNS, 進捗状況: '延期', 進捗率: 30 }),
    row({ ...CITY, 進捗率: 20 }),
  ]),
]);

const snap = (result: ValidationResult, date: string) => takeSnapshot(summarize(result, DEFAULT_PLAN, { lang: 'ja' }), result, date);

describe('snapshots', () => {
  const before = snap(october, '2026-10-01');
  const after = snap(november, '2026-11-24');

  it('hold each measure row and the policy and area aggregates', () => {
    expect(before.measures.map((m) => [m.code, m.status, m.progress])).toEqual([
      ['1-2-1-1', '実施中', 40],
      ['1-2-2-1', '実施中', 50],
      ['1-1-1-2', '検討中', 0],
    ]);
    const policy1 = before.groups.find((g) => g.level === 'policy' && g.code === '1')!;
    expect(policy1).toMatchObject({ rows: 3, meanProgress: 30, statusCounts: { 実施中: 2, 検討中: 1, 完了: 0 } });
    expect(before.groups.find((g) => g.code === '1-2')).toMatchObject({ rows: 2, meanProgress: 45 });
    expect(before.groups.find((g) => g.code === '2')).toMatchObject({ rows: 0, meanProgress: null });
  });

  it('compare into what moved since last time', () => {
    const c = compareSnapshots(before, after);
    const codes = (list: { code: string | null }[]) => list.map((x) => x.code);
    expect(codes(c.statusChanged)).toEqual(['1-2-1-1', '1-2-2-1']);
    expect(c.statusChanged.map((x) => `${x.fromStatus}→${x.toStatus}`)).toEqual(['実施中→完了', '実施中→延期']);
    expect(codes(c.newlyCompleted)).toEqual(['1-2-1-1']);
    expect(codes(c.newlyStopped)).toEqual(['1-2-2-1']);
    expect(codes(c.progressUp)).toEqual(['1-2-1-1']);
    expect(codes(c.progressDown)).toEqual(['1-2-2-1']);
    expect(codes(c.added)).toEqual(['2-1-1-1']);
    expect(codes(c.gone)).toEqual(['1-1-1-2']);

    const sheetValues = changesSheetSpec(c, after, 'ja').values;
    expect(sheetValues[0]).toEqual(['前回からの変化（2026-10-01 → 2026-11-24）']);
    expect(sheetValues.slice(3, 10)).toEqual([
      ['進捗状況が変わった事業', 2],
      ['新たに完了した事業', 1],
      ['新たに延期・中止となった事業', 1],
      ['進捗率が上がった事業', 1],
      ['進捗率が下がった事業', 1],
      ['新たに加わった事業', 1],
      ['なくなった事業', 1],
    ]);
    expect(sheetValues).toContainEqual(['1-2-2-1', 'SNSを活用した情報発信の充実', '広報広聴課', 2024, '実施中', '延期', 50, 30]);
  });

  it('say so when there is nothing to compare with', () => {
    expect(changesSheetSpec(undefined, after, 'en').values[2][0]).toMatch(/No earlier record/);
  });
});

describe('the history sheet', () => {
  const first = snap(october, '2026-10-01');
  const second = snap(november, '2026-11-24');

  it('records snapshots on different days and reads them back', () => {
    const one = appendSnapshot([], first);
    expect(one.recorded).toBe(true);
    const two = appendSnapshot(one.values as never, second);
    expect(two.recorded).toBe(true);
    expect(two.values[0]).toEqual([...HISTORY_HEADER]);
    const back = readHistory(two.values as never);
    expect(back.map((s) => [s.sequence, s.date, s.measures.length])).toEqual([
      [1, '2026-10-01', 3],
      [2, '2026-11-24', 3],
    ]);
    expect(back[0].measures).toEqual(first.measures);
    expect(back[1].groups).toEqual(second.groups);
  });

  it('never rewrites old snapshots and takes one a day unless asked', () => {
    const one = appendSnapshot([], first);
    const again = appendSnapshot(one.values as never, snap(november, '2026-10-01'));
    expect(again).toMatchObject({ recorded: false, skippedBecause: 'same-day' });
    expect(again.values).toEqual(one.values);
    const forced = appendSnapshot(one.values as never, snap(november, '2026-10-01'), { force: true });
    expect(forced.recorded).toBe(true);
    expect(forced.values.slice(0, one.values.length)).toEqual(one.values);
    expect(readHistory(forced.values as never).map((s) => s.sequence)).toEqual([1, 2]);
  });

  it('gives a trend of mean progress per policy with a line chart over its cells', () => {
    const spec = trendSheetSpec([first, second], 'ja');
    expect(spec.values).toEqual([
      ['記録日', '方針1', '方針2', '方針3'],
      ['2026-10-01', 30, null, null],
      ['2026-11-24', 65, 20, null],
    ]);
    expect(spec.charts![0]).toMatchObject({ kind: 'line', title: '方針別 平均進捗率の推移' });
    expect(spec.charts![0].series.map((s) => s.values)).toEqual(['B2:B3', 'C2:C3', 'D2:D3']);
  });
});
