/**
 * The pane's state as a pure reducer: what was read and checked, what is running, the messages
 * shown and what the last write did. No React, no DOM, no host: the hook (use-pane.ts) runs the
 * host's actions and dispatches what came back, so every update applies to the state as it is
 * when the action ends, never to a copy captured before an await.
 */
import type { ConsolidationWrite, SummaryWrite } from '../app/actions';
import type { WorkbookState } from '../app/workbook-state';
import { validateData } from '../app/workbook-state';
import { withSheetValues } from '../app/live-check';
import type { WorkbookData } from '../core/cell';
import type { Lang } from '../core/lang';
import type { SpecValue } from '../core/sheet-spec';
import type { AddinSettings, HostCapabilities, WriteResult } from '../workbook/host';

export interface Notice {
  id: number;
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  body?: string;
  hint?: string;
}

export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

/** What the user asked of a summary build. */
/** The user's answer to "some of the add-in's sheets were edited". */
export type EditedSheetChoice = 'replace' | 'newSheet';

export interface BuildRequest {
  fiscalYear?: number;
  record: boolean;
  again: boolean;
  /** Sequence of the snapshot to compare with; null for none. */
  compareWith: number | null;
  /** The answer to "some sheets were edited" (absent: ask when there are). */
  whenEdited?: EditedSheetChoice;
}

/** A build and what it was asked (to ask again with the user's answer when it needs one). */
export type SummaryBuild = { request?: BuildRequest } & (
  { kind: 'summary'; result: SummaryWrite } | { kind: 'consolidate'; result: ConsolidationWrite }
);

export type LastWrite = SummaryBuild | { kind: 'template'; result: WriteResult };

export interface PaneState {
  /** The workbook as last read and checked; null until the first read succeeds. */
  workbook: WorkbookState | null;
  capabilities: HostCapabilities | null;
  /** The action running, with its progress; null when none is. */
  busy: Busy | null;
  notices: Notice[];
  lastWrite: LastWrite | null;
  /** The id the next notice gets. */
  nextNoticeId: number;
}

export type PaneAction =
  | { type: 'busy'; busy: Busy | null }
  /** A fresh read and check: it replaces what was held, and earlier failures no longer apply. */
  | { type: 'loaded'; workbook: WorkbookState }
  | { type: 'capabilities'; capabilities: HostCapabilities | null }
  | { type: 'notified'; notice: Omit<Notice, 'id'> }
  | { type: 'dismissed'; id: number }
  /** A mapping was saved: the cells held are checked again with it, without a new read. */
  | { type: 'mappingSaved'; settings: AddinSettings; lang: Lang }
  /** The settings as read again after a write (the written sheets are now the add-in's own). */
  | { type: 'settingsRead'; settings: AddinSettings }
  /** Cells changed (a live edit, a quick fix, an undo): checked again over the cells held. */
  | { type: 'cellsChanged'; workbook: WorkbookData; lang: Lang }
  /** What a write did; a summary build's history sheet joins the cells held, for the next build to append to. */
  | { type: 'written'; write: LastWrite; historySheet?: { name: string; values: SpecValue[][] } };

export const INITIAL_PANE_STATE: PaneState = {
  workbook: null,
  capabilities: null,
  busy: null,
  notices: [],
  lastWrite: null,
  nextNoticeId: 1,
};

/** The workbook state with `update` applied, or unchanged when nothing has been read yet. */
function withWorkbook(state: PaneState, update: (current: WorkbookState) => WorkbookState): PaneState {
  return state.workbook ? { ...state, workbook: update(state.workbook) } : state;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'busy':
      return { ...state, busy: action.busy };
    case 'loaded':
      return { ...state, workbook: action.workbook, notices: state.notices.filter((n) => n.intent !== 'error') };
    case 'capabilities':
      return { ...state, capabilities: action.capabilities };
    case 'notified': {
      // A new outcome replaces earlier success notes; failures stay until dismissed.
      const kept = state.notices.filter((n) => n.intent === 'error');
      return { ...state, notices: [...kept, { ...action.notice, id: state.nextNoticeId }], nextNoticeId: state.nextNoticeId + 1 };
    }
    case 'dismissed':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case 'mappingSaved':
      return withWorkbook(state, (current) => ({
        ...current,
        settings: action.settings,
        result: validateData(current.workbook, current.plan.plan, action.lang, action.settings),
      }));
    case 'settingsRead':
      return withWorkbook(state, (current) => ({ ...current, settings: action.settings }));
    case 'cellsChanged':
      return withWorkbook(state, (current) => ({
        ...current,
        workbook: action.workbook,
        result: validateData(action.workbook, current.plan.plan, action.lang, current.settings),
      }));
    case 'written': {
      const history = action.historySheet;
      const next = { ...state, lastWrite: action.write };
      return history
        ? withWorkbook(next, (current) => ({ ...current, workbook: withSheetValues(current.workbook, history.name, history.values) }))
        : next;
    }
  }
}
