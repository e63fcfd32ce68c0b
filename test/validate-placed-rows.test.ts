/** The rows validation checked are the reader's rows with their placement: no field of the row is lost in the copy. */
import { readTrackerSheet } from '../src/tracker/read-tracker';
import { buildPlanIndex } from '../src/tracker/plan-index';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { AI, CITY, dataRow, row, sheet, SNS, validate } from './support/tracker';

describe('placed rows', () => {
  // Every optional field a checked row can carry: unknown attitudes, an invalid field, an uncalculated formula.
  const tracker = sheet('進捗管理表', [
    row(SNS),
    row({ ...AI, 取組姿勢: '市民目線、謎の姿勢', 進捗率: 'abc' }),
    row({ ...CITY, 担当課: null }),
  ]);
  tracker.formulas = tracker.values.map(() => []);
  tracker.formulas[dataRow(2) - 1][5] = 'VLOOKUP(A6,課一覧!A:B,2,FALSE)';

  it('carry every field of the row as read, and the same values', () => {
    const result = validate([tracker]);
    const read = readTrackerSheet(tracker, buildPlanIndex(DEFAULT_PLAN))!.rows;
    expect(result.rows).toHaveLength(3);
    result.rows.forEach((placed, i) => {
      for (const [key, value] of Object.entries(read[i])) expect([key, placed[key as keyof typeof placed]]).toEqual([key, value]);
    });
    // The optional fields were there to be copied.
    expect(read[1].unknownAttitudes).toEqual(['謎の姿勢']);
    expect(read[1].invalid).toEqual(expect.arrayContaining(['progress', 'attitudes']));
    expect(read[2].uncalculated).toEqual(['department']);
  });

  it('are new objects: the reader rows in `trackers` keep no placement', () => {
    const result = validate([tracker]);
    expect(result.rows[0]).not.toBe(result.trackers[0].rows[0]);
    expect('placement' in result.trackers[0].rows[0]).toBe(false);
  });
});
