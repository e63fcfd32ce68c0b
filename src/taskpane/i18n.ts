/**
 * What the pane says: the shape of its strings, shared helpers, and loading one language's
 * strings (strings-ja.ts, strings-en.ts) when the pane first needs them. Issue messages come from
 * the engine.
 */
import type { MeasureChange } from '../history/changes';
import { CHANGE_KINDS, type ChangeKind } from '../history/change-kinds';
import type { Lang } from '../core/lang';
import type { RuleId, Severity } from '../validate/types';

/** The kinds of change the pane lists, in the order the 前回からの変化 sheet lists them (the history's own list). */
export const CHANGE_SECTIONS = CHANGE_KINDS;
export type ChangeSection = ChangeKind;

/** One side of a change: status and progress ("—" for a blank status). */
export function side(status: string | null, progress: number | null, sep: string): string {
  return [status ?? '—', progress === null ? null : `${progress}%`].filter((x) => x !== null).join(sep);
}

/** The known parts, joined and bracketed; '' when none is known. */
export function bracketed(parts: (string | null)[], sep: string, open: string, close: string): string {
  const known = parts.filter((p): p is string => Boolean(p));
  return known.length === 0 ? '' : `${open}${known.join(sep)}${close}`;
}

/** "before → now"; an added measure has no before, a gone one no now. */
export function movement(c: MeasureChange, section: ChangeSection, none: string, sep: string): string {
  const before = section === 'added' ? none : side(c.fromStatus, c.fromProgress, sep);
  const after = section === 'gone' ? none : side(c.toStatus, c.toProgress, sep);
  return `${before} → ${after}`;
}

export interface PaneStrings {
  appTitle: string;
  loading: string;
  retry: string;
  tabsLabel: string;
  tabs: { validate: string; mapping: string; summary: string; template: string };
  severity: Record<Severity, string>;
  rules: Record<RuleId, string>;
  dismiss: string;
  busy: {
    reading: string;
    validating: string;
    highlighting: string;
    clearing: string;
    saving: string;
    summary: string;
    consolidate: string;
    template: string;
    selecting: string;
  };
  /** Title of the message bar when an action fails. */
  failed: {
    load: string;
    select: string;
    highlight: string;
    clear: string;
    mapping: string;
    summary: string;
    consolidate: string;
    template: string;
    fix: string;
    undo: string;
    live: string;
  };
  /** Said under every failure: what the user can do, and that nothing was lost. */
  failureHint: string;
  noTracker: { title: string; hint: string };
  /** The plan in use, said under the title, and the warning when the workbook's plan sheet is bad. */
  planInUse: {
    line: (name: string, source: 'workbook' | 'default' | 'given') => string;
    badSheetTitle: string;
    /** `problem` is the plan file error, with the path inside the plan that is wrong. */
    badSheet: (problem: string) => string;
  };
  /** Quick fixes, the add-in's undo list and the live check. */
  fix: {
    apply: string;
    applyLabel: (cell: string, value: string) => string;
    proposal: (value: string) => string;
    applyAll: (count: number) => string;
    confirmTitle: (count: number) => string;
    confirmEntry: (cell: string, before: string, after: string) => string;
    confirm: string;
    cancel: string;
    fixed: (count: number) => string;
    refusedTitle: string;
    refused: (cell: string, current: string) => string;
    undoTitle: string;
    undoNote: string;
    undo: string;
    undoLabel: (sheet: string, cell: string) => string;
    undoEntry: (sheet: string, cell: string, before: string, after: string) => string;
    undone: (cell: string) => string;
    empty: string;
    live: string;
    liveHint: string;
    checking: string;
  };
  validate: {
    countsLabel: string;
    revalidate: string;
    highlight: string;
    clear: string;
    highlighted: (cells: number) => string;
    cleared: string;
    severityFilter: string;
    textFilter: string;
    textFilterPlaceholder: string;
    shown: (shown: number, total: number) => string;
    noIssues: string;
    noMatch: string;
    showMore: (more: number) => string;
    issueLabel: (cell: string, message: string) => string;
    /** Between cell and message in an issue's spoken name; issueLabel is cell + this + message. */
    cellSeparator: string;
    listHint: string;
    checkedAt: (sheets: number, rows: number) => string;
  };
  mapping: {
    intro: string;
    headerRow: string;
    field: string;
    column: string;
    noColumn: string;
    include: (sheet: string) => string;
    excludedNote: string;
    reset: string;
    resetLabel: (sheet: string) => string;
    columnLabel: (field: string, sheet: string) => string;
    headerRowLabel: (sheet: string) => string;
    saved: (sheet: string) => string;
    rows: (count: number) => string;
    /** Appended to a required field's name. */
    required: string;
    columnsCaption: (sheet: string) => string;
    noSheets: string;
    notTracker: string;
  };
  summary: {
    intro: string;
    fiscalYear: string;
    allYears: string;
    build: string;
    needTracker: string;
    errorsNote: (errors: number) => string;
    snapshotLegend: string;
    record: string;
    again: string;
    compareWith: string;
    compareNone: string;
    snapshotOption: (sequence: number, date: string) => string;
    noSnapshots: string;
    consolidateTitle: string;
    consolidateIntro: string;
    consolidate: string;
    consolidateNeedsTwo: string;
  };
  changes: {
    title: string;
    /** The two snapshots compared, oldest first. */
    range: (from: string, to: string) => string;
    noEarlier: string;
    recorded: (sequence: number, date: string) => string;
    sameDay: (date: string) => string;
    notAsked: string;
    countsLabel: string;
    sections: Record<ChangeSection, string>;
    /** "before → now" of one measure; an added measure has no before, a gone one no now. */
    movement: (change: MeasureChange, section: ChangeSection) => string;
    /** Department and fiscal year of a measure, in brackets after its name ('' when neither is known). */
    where: (change: MeasureChange) => string;
    /** A kind of change and how many measures it has. */
    sectionTitle: (section: string, count: number) => string;
    more: (count: number) => string;
    /** Shown when the comparison on screen is not the one the sheet was written with (null: the sheet compares with none). */
    sheetDiffers: (compared: string | null) => string;
  };
  conflicts: {
    title: (count: number) => string;
    intro: string;
    none: string;
    measure: (code: string, title: string, fiscalYear: number) => string;
    entry: (source: string, row: number, status: string | null, progress: number | null) => string;
    more: (count: number) => string;
  };
  template: {
    intro: string;
    fiscalYear: string;
    department: string;
    departmentPlaceholder: string;
    add: string;
    noDropDowns: string;
  };
  write: {
    done: string;
    sheets: string;
    renamedTitle: string;
    renamed: (wanted: string, used: string) => string;
    skippedTitle: string;
    skippedHint: string;
  };
  /** On a sheet whose merged cells this Excel cannot read (below ExcelApi 1.13). */
  unreadMerges: {
    title: (sheet: string) => string;
    /** The cells read as covered by a merge, and how many more there are. */
    carried: (cells: string[], more: number) => string;
    headerGaps: string;
  };
  /** The question before a build replaces add-in sheets the user edited since the last one. */
  edited: {
    title: string;
    intro: string;
    /** One edited sheet and its first changed rows. */
    sheet: (name: string, first: number, last: number) => string;
    replace: string;
    newSheet: string;
    cancel: string;
  };
  fiscalYearLabel: (year: number) => string;
  periodNote: (start: number, end: number, assumed: boolean) => string;
  /** Where the plan's period comes from, said after periodNote. */
  periodSource: (source: 'workbook' | 'default' | 'given', cells?: { sheet: string; start: string; end: string }) => string;
  /** The pane's footer: which build is installed (the IT desk asks for it). */
  versionFooter: (version: string) => string;
}

const LOADERS: Record<Lang, () => Promise<PaneStrings>> = {
  ja: () => import(/* webpackChunkName: "strings-ja" */ './strings-ja.js').then((m) => m.PANE_STRINGS_JA),
  en: () => import(/* webpackChunkName: "strings-en" */ './strings-en.js').then((m) => m.PANE_STRINGS_EN),
};
const loaded: Partial<Record<Lang, PaneStrings>> = {};
const loading: Partial<Record<Lang, Promise<PaneStrings>>> = {};

/** One language's strings, fetched the first time that language is asked for. */
export function loadPaneStrings(lang: Lang): Promise<PaneStrings> {
  loading[lang] ??= LOADERS[lang]().then(
    (strings) => (loaded[lang] = strings),
    (error: unknown) => {
      delete loading[lang]; // a failed fetch (a dropped connection) is tried again next time
      throw error;
    },
  );
  return loading[lang];
}

/** The strings of `lang` when already loaded, else undefined (then loadPaneStrings). */
export function loadedPaneStrings(lang: Lang): PaneStrings | undefined {
  return loaded[lang];
}

/** `ja` for any Japanese display language (`ja-JP`), English otherwise. */
export function paneLangOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
