/**
 * The history sheet: snapshots as rows, appended and never rewritten. One row per measure and per
 * policy/area of each snapshot, so staff can filter it like any table; read back into snapshots.
 */
import { columnLetters } from '../core/a1';
import { type CellValue } from '../core/cell';
import { STATUSES, type Status } from '../tracker/fields';
import { fitLongTable } from '../summary/fit-text';
import { pageSetup, type PrintStamp } from '../summary/print-setup';
import type { SheetSpec, SpecValue } from '../core/sheet-spec';
import type { Lang } from '../core/lang';
import type { GroupState, MeasureState, Snapshot } from './snapshot';

export const HISTORY_SHEET = '進捗履歴';

export const HISTORY_HEADER = [
  '記録番号',
  '記録日',
  '区分',
  'キー',
  'コード',
  '名称',
  '担当課',
  '年度',
  '進捗状況',
  '進捗率',
  '実績値',
  '行数',
  ...STATUSES,
  '平均進捗率',
] as const;

const KIND = { measure: '事業', policy: '方針', area: '施策' } as const;

export interface RecordedSnapshot extends Snapshot {
  /** 1, 2, … in the order snapshots were taken. */
  sequence: number;
}

const NO_COUNTS: readonly null[] = STATUSES.map(() => null);

function measureRow(seq: number, date: string, m: MeasureState): SpecValue[] {
  return [
    seq,
    date,
    KIND.measure,
    m.key,
    m.code,
    m.title,
    m.department,
    m.fiscalYear,
    m.status,
    m.progress,
    m.actual,
    null,
    // A measure row has no counts: one null per status (written out, no spread per row) and none for the mean.
    ...NO_COUNTS,
    null,
  ];
}

function groupRow(seq: number, date: string, g: GroupState): SpecValue[] {
  return [
    seq,
    date,
    KIND[g.level],
    `${g.level}:${g.code}`,
    g.code,
    g.title,
    null,
    null,
    null,
    null,
    null,
    g.rows,
    ...STATUSES.map((s) => g.statusCounts[s]),
    g.meanProgress,
  ];
}

export function snapshotRows(snapshot: Snapshot, sequence: number): SpecValue[][] {
  return [
    ...snapshot.groups.map((g) => groupRow(sequence, snapshot.date, g)),
    ...snapshot.measures.map((m) => measureRow(sequence, snapshot.date, m)),
  ];
}

const num = (v: CellValue): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null;
const str = (v: CellValue): string | null =>
  v === null || v === undefined || v === '' ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
const status = (v: CellValue): Status | null => ((STATUSES as readonly string[]).includes(String(v)) ? (v as Status) : null);

/** Snapshots recorded in a history sheet's values (header row first), oldest first. */
export function readHistory(values: CellValue[][]): RecordedSnapshot[] {
  const header = (values[0] ?? []).map((v) => String(v ?? ''));
  if (header[0] !== HISTORY_HEADER[0] || header[1] !== HISTORY_HEADER[1]) return [];
  const col = (name: string) => header.indexOf(name);
  const bySeq = new Map<number, RecordedSnapshot>();
  for (const row of values.slice(1)) {
    const seq = num(row[col('記録番号')] ?? null);
    const date = str(row[col('記録日')] ?? null);
    if (seq === null || date === null) continue;
    let snap = bySeq.get(seq);
    if (!snap) {
      snap = { sequence: seq, date, measures: [], groups: [] };
      bySeq.set(seq, snap);
    }
    const kind = row[col('区分')];
    const code = str(row[col('コード')] ?? null);
    if (kind === KIND.measure) {
      snap.measures.push({
        key: str(row[col('キー')] ?? null) ?? '',
        code,
        title: str(row[col('名称')] ?? null) ?? '',
        department: str(row[col('担当課')] ?? null),
        fiscalYear: num(row[col('年度')] ?? null),
        status: status(row[col('進捗状況')] ?? null),
        progress: num(row[col('進捗率')] ?? null),
        actual: num(row[col('実績値')] ?? null),
      });
    } else if (kind === KIND.policy || kind === KIND.area) {
      snap.groups.push({
        level: kind === KIND.policy ? 'policy' : 'area',
        code: code ?? '',
        title: str(row[col('名称')] ?? null) ?? '',
        rows: num(row[col('行数')] ?? null) ?? 0,
        statusCounts: Object.fromEntries(STATUSES.map((s) => [s, num(row[col(s)] ?? null) ?? 0])) as Record<Status, number>,
        meanProgress: num(row[col('平均進捗率')] ?? null),
      });
    }
  }
  return [...bySeq.values()].sort((a, b) => a.sequence - b.sequence);
}

export interface AppendResult {
  /** Every row of the history sheet after the append (old rows exactly as they were). */
  values: SpecValue[][];
  recorded: boolean;
  /** Why nothing was recorded: a snapshot of that day exists already. */
  skippedBecause?: 'same-day';
  snapshots: RecordedSnapshot[];
}

/**
 * Appends a snapshot to a history sheet's values. At most one snapshot a day unless `force`;
 * the rows already there are copied unchanged.
 */
export function appendSnapshot(existing: CellValue[][], snapshot: Snapshot, options: { force?: boolean } = {}): AppendResult {
  const history = readHistory(existing);
  const kept: SpecValue[][] = existing.length > 0 && history.length > 0 ? (existing as SpecValue[][]) : [[...HISTORY_HEADER]];
  if (!options.force && history.some((s) => s.date === snapshot.date)) {
    return { values: kept, recorded: false, skippedBecause: 'same-day', snapshots: history };
  }
  const sequence = (history.at(-1)?.sequence ?? 0) + 1;
  const values = [...kept, ...snapshotRows(snapshot, sequence)];
  return { values, recorded: true, snapshots: [...history, { ...snapshot, sequence }] };
}

/** The history sheet's name in each language; either is read back (a history outlives a change of language). */
export const HISTORY_SHEET_NAMES = { ja: HISTORY_SHEET, en: 'Snapshot history' } as const; // Excel reserves the name "History"

/** The history sheet as the add-in writes it (an add-in-owned sheet, filterable, printable). */
export function historySheetSpec(values: SpecValue[][], lang: Lang = 'ja', stamp?: PrintStamp): SheetSpec {
  const lastCol = columnLetters(HISTORY_HEADER.length);
  const spec: SheetSpec = {
    name: HISTORY_SHEET_NAMES[lang],
    values,
    styles: [{ range: `A1:${lastCol}1`, style: { bold: true, fill: '#DDEBF7', border: true } }],
    columnWidths: [8, 11, 6, 28, 10, 40, 18, 8, 10, 8, 8, 6, 6, 6, 6, 6, 6, 6, 10],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${lastCol}${values.length}`,
  };
  fitLongTable(spec, 2);
  spec.print = pageSetup(spec.name, lang, { landscape: true, repeatRows: '1:1' }, stamp);
  return spec;
}
