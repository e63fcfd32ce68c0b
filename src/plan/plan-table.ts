/**
 * The plan as a sheet staff read and edit (「プラン」): a block with the plan's name, period,
 * philosophy, attitudes and challenges, then one row per measure with 方針番号, 方針, 施策番号, 施策,
 * 取組番号, 取組, 事業番号, 事業 (and the area's description). Reading it back checks every cell the
 * way a tracker is checked, and reports each mistake with its cell.
 */
import { a1 } from '../core/a1';
import type { CellValue } from '../core/cell';
import { asciiDashes } from '../core/text';
import type { Lang } from '../core/lang';
import { PlanFileError } from './plan-file';
import { PLAN_TABLE_LABELS, planSheetMessage, type PlanSheetProblem, type PlanTableLabels } from './plan-messages';
import type { PlanLevel } from './plan-tree';
import type { Area, Attitude, Initiative, Plan, Policy } from './types';

export interface PlanSheetIssue {
  sheet: string;
  cell: string;
  message: string;
  problem: PlanSheetProblem;
}

/** A plan sheet with mistakes: every issue with its cell; the message lists them, one a line. */
export class PlanSheetError extends PlanFileError {
  constructor(readonly issues: PlanSheetIssue[]) {
    super('', issues.map((i) => `${i.sheet}!${i.cell}: ${i.message}`).join('\n'));
    this.name = 'PlanSheetError';
    this.message = issues.map((i) => `${i.sheet}!${i.cell}: ${i.message}`).join('\n');
  }
}

/** The language of a plan table, by its A1 marker; undefined when A1 is not one. */
export function planTableLang(values: CellValue[][]): Lang | undefined {
  const a1Value = values[0]?.[0];
  if (typeof a1Value !== 'string') return undefined;
  return (Object.keys(PLAN_TABLE_LABELS) as Lang[]).find((lang) => PLAN_TABLE_LABELS[lang].marker === a1Value.trim());
}

const text = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
};

/** Codes as staff type them: `１－２`, `方針1`, `(2)` under its policy. */
function codeText(value: CellValue | undefined): string {
  return asciiDashes(text(value).normalize('NFKC'))
    .replace(/^方針\s*/, '')
    .replace(/\s/g, '');
}

function yearOf(value: CellValue | undefined): number | null {
  const t = text(value)
    .normalize('NFKC')
    .replace(/年度?$/, '');
  if (/^\d{4}$/.test(t)) return Number(t);
  const era = /^(?:令和|R)(\d{1,2}|元)$/i.exec(t);
  if (era) return 2018 + (era[1] === '元' ? 1 : Number(era[1]));
  return null;
}

/** Where a plan table sets the period: its sheet and the cells of 開始年度 and 終了年度. */
export function planTablePeriodCells(values: CellValue[][], sheetName?: string): { sheet: string; start: string; end: string } | undefined {
  const lang = planTableLang(values);
  if (!lang) return undefined;
  const labels = PLAN_TABLE_LABELS[lang];
  const row = (label: string) => values.findIndex((r) => text(r?.[0]) === label);
  const start = row(labels.startYear);
  const end = row(labels.endYear);
  if (start < 0 || end < 0) return undefined;
  return { sheet: sheetName ?? labels.sheetName, start: a1(start + 1, 2), end: a1(end + 1, 2) };
}

interface Located<T> {
  value: T;
  cell: string;
}

/**
 * The plan in a plan table's values (row 0 = sheet row 1). Throws PlanSheetError with every
 * mistake found; `sheetName` is the name the issues are reported under.
 */
export function planFromTable(values: CellValue[][], sheetName?: string): Plan {
  const lang = planTableLang(values) ?? 'ja';
  const labels = PLAN_TABLE_LABELS[lang];
  const sheet = sheetName ?? labels.sheetName;
  const issues: PlanSheetIssue[] = [];
  const report = (row: number, column: number, problem: PlanSheetProblem) =>
    issues.push({ sheet, cell: a1(row + 1, column + 1), message: planSheetMessage(problem, lang), problem });
  const labelRow = (label: string) => values.findIndex((row) => text(row?.[0]) === label);

  // The block: label in column A, value in B.
  const nameRow = labelRow(labels.name);
  const name = nameRow >= 0 ? text(values[nameRow][1]) : '';
  if (!name) report(nameRow >= 0 ? nameRow : 1, 1, { kind: 'missing', what: 'name' });
  const year = (label: string, what: 'startYear' | 'endYear'): Located<number | null> => {
    const row = labelRow(label);
    const cell = row >= 0 ? a1(row + 1, 2) : 'B1';
    if (row < 0 || text(values[row][1]) === '') {
      report(Math.max(row, 0), 1, { kind: 'missing', what });
      return { value: null, cell };
    }
    const y = yearOf(values[row][1]);
    if (y === null) report(row, 1, { kind: 'not-a-year', value: text(values[row][1]) });
    return { value: y, cell };
  };
  const start = year(labels.startYear, 'startYear');
  const end = year(labels.endYear, 'endYear');
  const endRow = labelRow(labels.endYear);
  if (start.value !== null && end.value !== null && end.value < start.value)
    report(endRow, 1, { kind: 'end-before-start', start: start.value, end: end.value });
  const startRow = labelRow(labels.startYear);
  const assumed = startRow >= 0 && text(values[startRow][2]) === labels.assumed;
  const philosophyRow = labelRow(labels.philosophy);
  const philosophy =
    philosophyRow >= 0 ? { title: text(values[philosophyRow][1]), text: text(values[philosophyRow][2]) } : { title: '', text: '' };

  /** Rows under a header row whose column A is `header`, down to the first empty row. */
  const tableRows = (header: string, secondHeader: string): number[] => {
    const top = values.findIndex((row) => text(row?.[0]) === header && text(row?.[1]) === secondHeader);
    if (top < 0) return [];
    const rows: number[] = [];
    for (let r = top + 1; r < values.length && (values[r] ?? []).some((v) => text(v) !== ''); r++) rows.push(r);
    return rows;
  };

  const attitudes: Attitude[] = [];
  for (const r of tableRows(labels.attitudeCode, labels.attitude)) {
    const attitudeName = text(values[r][1]);
    if (!attitudeName) {
      report(r, 1, { kind: 'missing', what: 'attitude' });
      continue;
    }
    attitudes.push({ code: String(attitudes.length + 1), name: attitudeName, description: text(values[r][2]) });
  }

  const challenges = new Map<string, string[]>();
  for (const r of tableRows(labels.policyCode, labels.challenge)) {
    const code = codeText(values[r][0]);
    const challenge = text(values[r][1]);
    if (!challenge) continue;
    challenges.set(code, [...(challenges.get(code) ?? []), challenge]);
  }

  const policies = readMeasureTable(values, labels, tableRows(labels.columns[0], labels.columns[1]), report);
  if (policies === null) report(Math.max(nameRow, 0) + 1, 0, { kind: 'missing', what: 'measureTable' });

  if (issues.length > 0) throw new PlanSheetError(issues);
  for (const policy of policies!) policy.challenges = challenges.get(policy.code) ?? [];
  return {
    name,
    philosophy,
    attitudes,
    policies: policies!,
    period: { startYear: start.value!, endYear: end.value!, assumed },
  };
}

type Report = (row: number, column: number, problem: PlanSheetProblem) => void;

const COLUMN = {
  policyCode: 0,
  policy: 1,
  areaCode: 2,
  area: 3,
  initiativeCode: 4,
  initiative: 5,
  measureCode: 6,
  measure: 7,
  description: 8,
} as const;

/**
 * The measure table: codes are positions (the next policy is the last one plus 1, an area's code
 * starts with its policy's, …). A code seen before on a row further up, not the row just above,
 * is a duplicate; a title that differs from the one given first for the same code is reported too.
 */
function readMeasureTable(values: CellValue[][], labels: PlanTableLabels, rows: number[], reportAny: Report): Policy[] | null {
  let reported = 0;
  const report: Report = (row, column, problem) => {
    reported++;
    reportAny(row, column, problem);
  };
  const header = values.findIndex((row) => text(row?.[0]) === labels.columns[0] && text(row?.[1]) === labels.columns[1]);
  if (header < 0) return null;
  const policies: Policy[] = [];
  const firstCell = new Map<string, string>();
  let policy: Policy | undefined;
  let area: Area | undefined;
  let initiative: Initiative | undefined;

  /** Finds or opens the node of a level; false when the row is to be skipped. */
  const node = <T extends { code: string; title: string }>(
    r: number,
    level: PlanLevel,
    codeColumn: number,
    titleColumn: number,
    parentCode: string | undefined,
    current: T | undefined,
    siblings: T[] | undefined,
    make: (code: string, title: string) => T,
  ): T | undefined | false => {
    const code = codeText(values[r][codeColumn]);
    const title = text(values[r][titleColumn]);
    if (!code) {
      report(r, codeColumn, { kind: 'missing-code', level });
      return false;
    }
    const key = `${level}:${code}`;
    if (current && current.code === code) {
      if (title && title !== current.title) report(r, titleColumn, { kind: 'other-title', level, code, firstCell: firstCell.get(key)! });
      return current;
    }
    if (firstCell.has(key)) {
      report(r, codeColumn, { kind: 'duplicate-code', level, code, firstCell: firstCell.get(key)! });
      return false;
    }
    if (parentCode !== undefined && !code.startsWith(`${parentCode}-`)) {
      report(r, codeColumn, { kind: 'wrong-parent', level, code, parent: parentCode });
      return false;
    }
    const expected = parentCode === undefined ? String((siblings?.length ?? 0) + 1) : `${parentCode}-${(siblings?.length ?? 0) + 1}`;
    // After a row left out for a mistake, a later number one higher than expected follows from it.
    const followsSkippedRow = reported > 0 && Number(code.split('-').pop()) > Number(expected.split('-').pop());
    if (code !== expected && !followsSkippedRow) {
      report(r, codeColumn, { kind: 'out-of-order', level, code, expected });
      return false;
    }
    if (!title) {
      report(r, titleColumn, { kind: 'missing-title', level, code });
      return false;
    }
    firstCell.set(key, a1(r + 1, codeColumn + 1));
    const made = make(code, title);
    siblings?.push(made);
    return made;
  };

  for (const r of rows) {
    const cells = values[r];
    const hasMeasure = text(cells[COLUMN.measureCode]) !== '' || text(cells[COLUMN.measure]) !== '';
    const hasInitiative = text(cells[COLUMN.initiativeCode]) !== '' || text(cells[COLUMN.initiative]) !== '';
    if (hasMeasure && !hasInitiative) {
      report(r, COLUMN.initiative, { kind: 'measure-without-initiative' });
      continue;
    }
    const p = node(r, 'policy', COLUMN.policyCode, COLUMN.policy, undefined, policy, policies, (code, title) => ({
      code,
      title,
      challenges: [],
      areas: [],
    }));
    if (!p) continue;
    if (p !== policy) [policy, area, initiative] = [p, undefined, undefined];
    const a = node(
      r,
      'area',
      COLUMN.areaCode,
      COLUMN.area,
      p.code,
      area,
      p.areas,
      (code, title) => ({ code, title, initiatives: [] }) as Area,
    );
    if (!a) continue;
    if (a !== area) [area, initiative] = [a, undefined];
    const description = text(cells[COLUMN.description]);
    if (description && a.description === undefined) a.description = description;
    if (!hasInitiative) continue;
    const n = node(r, 'initiative', COLUMN.initiativeCode, COLUMN.initiative, a.code, initiative, a.initiatives, (code, title) => ({
      code,
      title,
      measures: [],
    }));
    if (!n) continue;
    initiative = n;
    if (!hasMeasure) continue;
    node(r, 'measure', COLUMN.measureCode, COLUMN.measure, n.code, undefined, n.measures, (code, title) => ({ code, title }));
  }
  // Every area needs an initiative: rows tracked are placed under one.
  for (const p of policies) {
    for (const a of p.areas) {
      const cell = firstCell.get(`area:${a.code}`)!;
      if (a.initiatives.length === 0 && reported === 0)
        report(Number(cell.replace(/^[A-Z]+/, '')) - 1, COLUMN.initiative, { kind: 'area-without-initiative', code: a.code });
    }
  }
  if (policies.length === 0) return rows.length === 0 ? null : policies;
  return policies;
}
