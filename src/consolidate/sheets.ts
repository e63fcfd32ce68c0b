/** The consolidation as sheets: the merged tracker, the conflicts and the per-file report. */
import { columnLetters as colLetter } from '../core/a1';
import { FIELD_IDS, FIELDS, type FieldId } from '../tracker/fields';
import { fitLongTable, fitTextToCells } from '../summary/fit-text';
import { pageSetup, type PrintStamp } from '../summary/print-setup';
import type { SheetSpec, SpecValue, WorkbookSpec } from '../core/sheet-spec';
import type { Lang } from '../core/lang';
import type { Consolidation } from './consolidate';

const HEADER_FILL = '#DDEBF7';
const CONFLICT_FILL = '#FCE4D6';

/** Fields of the merged tracker, in the usual column order; headers are the canonical ones so the
 * merged sheet is itself a tracker that `validate` reads. */
const MERGED_FIELDS: readonly FieldId[] = FIELD_IDS;

interface ConsolidationLabels {
  merged: string;
  conflicts: string;
  sources: string;
  source: string;
  sheet: string;
  row: string;
  code: string;
  measure: string;
  year: string;
  differing: string;
  /** Between the fields two files differ in. */
  separator: string;
  rows: string;
  error: string;
  warning: string;
  info: string;
  failure: string;
  none: string;
  department: string;
  status: string;
  progress: string;
  actual: string;
}

/** The consolidation sheets' words (the merged sheet's field headers are the canonical Japanese ones). */
export const CONSOLIDATION_LABELS: Record<Lang, ConsolidationLabels> = {
  ja: {
    merged: '統合',
    conflicts: '競合',
    sources: 'ファイル別',
    source: '出典',
    sheet: 'シート',
    row: '行',
    code: '事業コード',
    measure: '事業名',
    year: '年度',
    differing: '食い違う項目',
    separator: '・',
    rows: '行数',
    error: 'エラー',
    warning: '警告',
    info: '情報',
    failure: '読めなかった理由',
    none: '競合はありません',
    department: '担当課',
    status: '進捗状況',
    progress: '進捗率',
    actual: '実績値',
  },
  en: {
    merged: 'Merged',
    conflicts: 'Conflicts',
    sources: 'By file',
    source: 'Source',
    sheet: 'Sheet',
    row: 'Row',
    code: 'Measure code',
    measure: 'Measure',
    year: 'Fiscal year',
    differing: 'Differs in',
    separator: ', ',
    rows: 'Rows',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Info',
    failure: 'Could not be read',
    none: 'No conflicts',
    department: 'Department',
    status: 'Status',
    progress: 'Progress',
    actual: 'Actual',
  },
};

function mergedSheet(c: Consolidation, lang: Lang): SheetSpec {
  const l = CONSOLIDATION_LABELS[lang];
  const header: SpecValue[] = [l.source, ...MERGED_FIELDS.map((f) => FIELDS[f].ja)];
  const values: SpecValue[][] = [header];
  for (const { source, row } of c.rows) {
    const v = row.values;
    const id = v.id ?? row.placement.measureCode ?? null;
    values.push([
      source,
      ...MERGED_FIELDS.map((f): SpecValue => {
        if (f === 'id') return id;
        if (f === 'attitudes') return v.attitudes.length ? v.attitudes.join('、') : null;
        return v[f] as SpecValue;
      }),
    ]);
  }
  const last = header.length;
  return {
    name: l.merged,
    values,
    styles: [{ range: `A1:${colLetter(last)}1`, style: { bold: true, fill: HEADER_FILL, border: true } }],
    columnWidths: [16, 10, 8, 8, 34, 38, 18, 8, 10, 8, 14, 8, 8, 8, 6, 20, 12, 12, 16],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${colLetter(last)}${values.length}`,
  };
}

function conflictSheet(c: Consolidation, lang: Lang): SheetSpec {
  const l = CONSOLIDATION_LABELS[lang];
  const header = [l.code, l.measure, l.year, l.source, l.sheet, l.row, l.department, l.status, l.progress, l.actual, l.differing];
  const values: SpecValue[][] = [header];
  const styles: SheetSpec['styles'] = [{ range: 'A1:K1', style: { bold: true, fill: HEADER_FILL, border: true } }];
  for (const conflict of c.conflicts) {
    const first = values.length + 1;
    const differing = conflict.differing.map((f) => l[f]).join(l.separator);
    for (const e of conflict.entries) {
      values.push([
        conflict.measure,
        conflict.measureTitle,
        conflict.fiscalYear,
        e.source,
        e.sheet,
        e.row,
        e.department,
        e.status,
        e.progress,
        e.actual,
        differing,
      ]);
    }
    styles.push({ range: `A${first}:K${values.length}`, style: { fill: CONFLICT_FILL, border: true } });
  }
  if (c.conflicts.length === 0) values.push([l.none]);
  return { name: l.conflicts, values, styles, columnWidths: [12, 40, 8, 22, 14, 6, 18, 10, 8, 8, 20], freeze: { rows: 1, columns: 0 } };
}

function sourceSheet(c: Consolidation, lang: Lang): SheetSpec {
  const l = CONSOLIDATION_LABELS[lang];
  const values: SpecValue[][] = [[l.source, l.rows, l.error, l.warning, l.info, l.failure]];
  for (const s of c.sources) values.push([s.source, s.rowCount, s.counts.error, s.counts.warning, s.counts.info, s.failure ?? null]);
  return {
    name: l.sources,
    values,
    styles: [{ range: 'A1:F1', style: { bold: true, fill: HEADER_FILL, border: true } }],
    columnWidths: [28, 8, 8, 8, 8, 60],
  };
}

/** The sheets of a consolidation by role: the report per source, the conflicts, the merged tracker. */
export interface ConsolidationSheets {
  sources: SheetSpec;
  conflicts: SheetSpec;
  merged: SheetSpec;
}

/**
 * The sheets of a consolidation, each by its role, to be placed among the summary sheets.
 *
 * @example
 * const { sources, conflicts, merged } = consolidationSheetsByRole(consolidate(results), 'ja');
 */
export function consolidationSheetsByRole(c: Consolidation, lang: Lang, stamp?: PrintStamp): ConsolidationSheets {
  // Each sheet sized to its text and printable: A4 landscape, one page wide, its header row repeated.
  const printable = (spec: SheetSpec, long: boolean): SheetSpec => {
    if (long) fitLongTable(spec, 2);
    else fitTextToCells(spec);
    spec.print = pageSetup(spec.name, lang, { landscape: true, repeatRows: '1:1' }, stamp);
    return spec;
  };
  return {
    sources: printable(sourceSheet(c, lang), false),
    conflicts: printable(conflictSheet(c, lang), false),
    merged: printable(mergedSheet(c, lang), true),
  };
}

/** Sheets of a consolidation, to be written before the summary sheets over the whole. */
export function consolidationWorkbookSpec(c: Consolidation, lang: Lang, stamp?: PrintStamp): WorkbookSpec {
  const { sources, conflicts, merged } = consolidationSheetsByRole(c, lang, stamp);
  return { sheets: [sources, conflicts, merged] };
}
