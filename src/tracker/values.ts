/**
 * Cell value parsers. Each returns `{ ok: true, value }` (value `null` for an empty cell) or
 * `{ ok: false }` when the cell holds something that is not a valid value of its kind.
 */
import type { CellValue } from '../core/cell';
import { isBlankText, isNoneMark, normalizeText } from './text';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false };

const EMPTY = { ok: true, value: null } as const;
const BAD = { ok: false } as const;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** True when a cell holds nothing: null, '' or spaces only (half- or full-width). */
export function isEmptyCell(raw: CellValue): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && isBlankText(raw));
}

/** Excel's error values, as a cell shows them (`#REF!`, `#N/A`, `#DIV/0!`…). */
const EXCEL_ERROR = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** True when a cell holds an Excel error value (read as its text by every adapter). */
export function isExcelError(raw: CellValue): boolean {
  return typeof raw === 'string' && raw.length <= 16 && raw.includes('#') && EXCEL_ERROR.test(raw.trim());
}

/** Display form of a raw value for messages: dates as YYYY-MM-DD, text trimmed. */
export function displayValue(raw: CellValue): string | number | boolean | null {
  if (raw instanceof Date) return isoDate(raw);
  if (typeof raw === 'string') return raw.trim();
  return raw;
}

/** Plain text of a text field; `-` alone means none when the field is optional. */
export function parseText(raw: CellValue, optional: boolean): Parsed<string> {
  if (isEmptyCell(raw)) return EMPTY;
  if (raw instanceof Date) return ok(isoDate(raw));
  const text = normalizeText(String(raw));
  if (optional && isNoneMark(text)) return EMPTY;
  if (!optional && isNoneMark(text)) return EMPTY; // a dash in a required field is no value either
  return ok(text);
}

function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return /[ymdeg]/.test(f) && !/^general$/.test(f);
}

/** Reads `1,200`, `１２００`, `▲100` (negative), `50%` as a number; `null` when not a number. */
export function readNumber(text: string): number | null {
  let t = text.normalize('NFKC').replace(/[\s,]/g, '');
  let sign = 1;
  if (/^[▲△-]/.test(t)) {
    sign = -1;
    t = t.slice(1);
  }
  if (!/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? sign * n : null;
}

/** A number field (target, actual). */
export function parseNumber(raw: CellValue): Parsed<number> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : BAD;
  if (typeof raw !== 'string') return BAD;
  const text = normalizeText(raw);
  if (isNoneMark(text)) return EMPTY;
  const n = readNumber(text.replace(/%$/, ''));
  return n === null ? BAD : ok(n);
}

/**
 * Progress in percent (0–100 when valid). A number in a percent-formatted cell is a fraction
 * (0.5 shown as 50% is 50); text `50%` or `５０％` is 50; a plain number is taken as percent.
 */
export function parseProgress(raw: CellValue, format?: string | null): Parsed<number> {
  if (isEmptyCell(raw)) return EMPTY;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return BAD;
    return ok(isPercentFormat(format) ? roundTiny(raw * 100) : raw);
  }
  if (typeof raw !== 'string') return BAD;
  const text = normalizeText(raw);
  if (isNoneMark(text)) return EMPTY;
  const n = readNumber(text.replace(/%$/, '').replace(/パーセント$/, ''));
  return n === null ? BAD : ok(n);
}

/** Removes floating-point noise such as 0.57 * 100 = 56.99999999999999. */
function roundTiny(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

// ---- Japanese eras (和暦) ----

const ERA_START: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };
const ERA = '(令和|平成|昭和|R|H|S)';

function eraYear(era: string, yearText: string): number {
  const base = ERA_START[era.toUpperCase()] ?? ERA_START[era];
  return base + (yearText === '元' ? 1 : Number(yearText));
}

/** Fiscal year (April–March) that contains a date. */
export function fiscalYearOf(date: Date): number {
  return date.getUTCMonth() < 3 ? date.getUTCFullYear() - 1 : date.getUTCFullYear();
}

/** The era-less `元年度` / `元年` is the first year of the one era that overlaps the plan's period. */
export interface FiscalYearContext {
  period?: { startYear: number; endYear: number };
}

/**
 * `2024`, `2024年度`, `FY2024`, `R6`, `令和6年度`, `令和元年度`, `H31`, `2024（令和6）年度`,
 * `H31/R1` and `平成31年度（令和元年度）` (both names of FY2019 across the era change) → 2024-style year;
 * `元年度` alone where the plan's period makes the era unique.
 */
export function parseFiscalYear(raw: CellValue, format?: string | null, context: FiscalYearContext = {}): Parsed<number> {
  if (isEmptyCell(raw)) return EMPTY;
  if (raw instanceof Date) return ok(fiscalYearOf(raw));
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1900 && raw <= 2200) return ok(raw);
    if (isDateFormat(format)) {
      const d = serialToDate(raw);
      return d ? ok(fiscalYearOf(d)) : BAD;
    }
    return BAD;
  }
  if (typeof raw !== 'string') return BAD;
  const text = normalizeText(raw).toUpperCase().replace(/\s/g, '');
  if (isNoneMark(text)) return EMPTY;
  return (
    fiscalYearFromText(text, context) ??
    fiscalYearFromText(text.replace(/\([^)]*\)/g, ''), context) ??
    sameYearInEveryName(text, context) ??
    BAD
  );
}

/** `H31/R1`, `平成31年度(令和元年度)`: every name given must be the same year. */
function sameYearInEveryName(text: string, context: FiscalYearContext): Parsed<number> | null {
  const parts = text.split(/[/／・(),、]+/).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const years = parts.map((part) => fiscalYearFromText(part, context));
  if (years.some((y) => y === null || !y.ok)) return null;
  const first = (years[0] as { ok: true; value: number }).value;
  return years.every((y) => (y as { ok: true; value: number }).value === first) ? ok(first) : null;
}

/** First fiscal year of each era, for `元年度` without an era name. */
const ERA_FIRST_YEARS = [2019, 1989, 1926];

function fiscalYearFromText(text: string, context: FiscalYearContext): Parsed<number> | null {
  let m = /^(?:FY)?(\d{4})(?:年度|年|FY)?$/.exec(text);
  if (m) return ok(Number(m[1]));
  m = new RegExp(`^${ERA}(元|\\d{1,2})(?:年度|年)?$`).exec(text);
  if (m) return ok(eraYear(m[1], m[2]));
  if (/^元(?:年度|年)$/.test(text) && context.period) {
    const { startYear, endYear } = context.period;
    // The era whose years overlap the period, when exactly one does; 元年 is its first year.
    const overlapping = ERA_FIRST_YEARS.filter((first, i) => {
      const next = i === 0 ? Infinity : ERA_FIRST_YEARS[i - 1];
      return first <= endYear && next > startYear;
    });
    if (overlapping.length === 1) return ok(overlapping[0]);
  }
  return null;
}

// ---- Dates ----

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel 1900-system serial to a UTC date; `null` outside 1900–9999. */
export function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateFromParts(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return isoDate(d);
}

/**
 * A date as `YYYY-MM-DD`: a date cell, an Excel serial, `2024/4/1`, `2024-04-01`, `2024年4月1日`,
 * `R6.4.1`, `令和6年4月1日`, `令和元年5月1日`.
 */
export function parseDate(raw: CellValue): Parsed<string> {
  if (isEmptyCell(raw)) return EMPTY;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? BAD : ok(isoDate(raw));
  if (typeof raw === 'number') {
    // A number in a date column is a serial even without a date format (pasted values lose it).
    const d = serialToDate(raw);
    return d ? ok(isoDate(d)) : BAD;
  }
  if (typeof raw !== 'string') return BAD;
  const text = normalizeText(raw)
    .toUpperCase()
    .replace(/\s/g, '')
    .replace(/\([^)]*\)$/, '');
  if (isNoneMark(text)) return EMPTY;
  let m = /^(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?$/.exec(text);
  if (m) return okOrBad(dateFromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  m = new RegExp(`^${ERA}(元|\\d{1,2})[/.\\-年](\\d{1,2})[/.\\-月](\\d{1,2})日?$`).exec(text);
  if (m) return okOrBad(dateFromParts(eraYear(m[1], m[2]), Number(m[3]), Number(m[4])));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return okOrBad(dateFromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  return BAD;
}

function okOrBad(iso: string | null): Parsed<string> {
  return iso ? ok(iso) : BAD;
}

// ---- Choices ----

/** Exact match among choices after NFKC and removing spaces. */
export function parseChoice<T extends string>(raw: CellValue, choices: readonly T[]): Parsed<T> {
  if (isEmptyCell(raw)) return EMPTY;
  const text = normalizeText(String(raw instanceof Date ? isoDate(raw) : raw)).replace(/\s/g, '');
  if (isNoneMark(text)) return EMPTY;
  const found = choices.find((c) => c === text);
  return found ? ok(found) : BAD;
}

/** Evaluation grade A–D; `ａ` and `a` read as `A`. */
export function parseEvaluation(raw: CellValue): Parsed<'A' | 'B' | 'C' | 'D'> {
  if (isEmptyCell(raw)) return EMPTY;
  const text = normalizeText(String(raw)).toUpperCase();
  if (isNoneMark(text)) return EMPTY;
  return /^[ABCD]$/.test(text) ? ok(text as 'A' | 'B' | 'C' | 'D') : BAD;
}

export interface AttitudeParse {
  known: string[];
  unknown: string[];
}

/**
 * Attitudes separated by 、 , ・ ; / or new lines. An attitude may be named or given by its number.
 * Returns the known names (in the plan's order, no repeats) and the parts that are not attitudes.
 */
export function parseAttitudes(raw: CellValue, names: readonly string[]): AttitudeParse | null {
  if (isEmptyCell(raw)) return null;
  const text = String(raw).normalize('NFKC');
  if (isNoneMark(text)) return null;
  const parts = text
    .split(/[、,・;；/\n\r\t]+|\s{1,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const known = new Set<string>();
  const unknown: string[] = [];
  for (const part of parts) {
    const byNumber = /^\d+$/.test(part) ? names[Number(part) - 1] : undefined;
    const name = byNumber ?? names.find((n) => n === part);
    if (name) known.add(name);
    else unknown.push(part);
  }
  return { known: names.filter((n) => known.has(n)), unknown };
}
