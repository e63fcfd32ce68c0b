/**
 * The pane's actions wired to the host: each runs with the progress indicator, turns a failure
 * into a message and keeps the last good state (nothing is lost). The state itself is the pure
 * reducer of pane-state.ts, held in a small store so an action reads the state as it is after
 * its awaits (store.get()), never a copy captured before them.
 */
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { SummaryOptions, SummaryWrite } from '../app/actions';
import {
  clearHighlightsAction,
  highlightAction,
  loadWorkbookState,
  normalizeSettings,
  saveMappingAction,
  type WorkbookState,
} from '../app/workbook-state';
import type { Lang } from '../core/lang';
import type { Plan } from '../plan/types';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Issue } from '../validate/types';
import type { WorkbookHost } from '../workbook/host';
import type { PaneStrings } from './i18n';
import { INITIAL_PANE_STATE, paneReducer, type BuildRequest, type Notice, type PaneAction, type PaneState } from './pane-state';
import { useLive } from './use-live';

type FailKey = keyof PaneStrings['failed'];

/**
 * The summary, consolidation and template writes, with the engine code they need (summary,
 * history, consolidation, template): loaded the first time one is asked for, not with the pane.
 */
const writeActions = () => import(/* webpackChunkName: "pane-write" */ '../app/actions.js');

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The reducer's state for React: get() is always the latest, dispatch() applies an action at once. */
export interface PaneStore {
  get(): PaneState;
  dispatch(action: PaneAction): void;
  subscribe(listener: () => void): () => void;
}

function createPaneStore(): PaneStore {
  let state = INITIAL_PANE_STATE;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = paneReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function usePane(host: WorkbookHost, plan: Plan, lang: Lang, t: PaneStrings) {
  const store = useMemo(createPaneStore, []);
  const pane = useSyncExternalStore(store.subscribe, store.get);
  const { dispatch } = store;
  const highlightsShown = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => dispatch({ type: 'notified', notice }), [dispatch]);
  const dismiss = useCallback((id: number) => dispatch({ type: 'dismissed', id }), [dispatch]);

  const fail = useCallback(
    (key: FailKey, error: unknown) => notify({ intent: 'error', title: t.failed[key], body: errorMessage(error), hint: t.failureHint }),
    [notify, t],
  );

  /** Runs an action with the progress indicator; a failure becomes a message, never a lost state. */
  const run = useCallback(
    async <T>(
      label: string,
      failKey: FailKey,
      action: (onProgress: (done: number, total: number) => void) => Promise<T>,
    ): Promise<T | undefined> => {
      dispatch({ type: 'busy', busy: { label } });
      try {
        return await action((done, total) => dispatch({ type: 'busy', busy: { label, done, total } }));
      } catch (error) {
        fail(failKey, error);
        return undefined;
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    },
    [dispatch, fail],
  );

  const reload = useCallback(async () => {
    const loaded = await run(t.busy.reading, 'load', (onProgress) => loadWorkbookState(host, plan, lang, onProgress));
    if (loaded) dispatch({ type: 'loaded', workbook: loaded });
  }, [host, plan, lang, run, dispatch, t]);

  useEffect(() => {
    void reload();
    host.capabilities().then(
      (capabilities) => dispatch({ type: 'capabilities', capabilities }),
      () => dispatch({ type: 'capabilities', capabilities: null }),
    );
    // Load once per host, plan and language; reload() changes identity with them.
  }, [reload, host, dispatch]);

  const select = useCallback(
    async (issue: Issue) => {
      try {
        await host.selectCell({ sheet: issue.sheet, cell: issue.cell });
      } catch (error) {
        fail('select', error);
      }
    },
    [host, fail],
  );

  const highlight = useCallback(
    async (issues: readonly Issue[]) => {
      const cells = await run(t.busy.highlighting, 'highlight', () => highlightAction(host, issues));
      if (cells === undefined) return;
      highlightsShown.current = cells > 0;
      notify({ intent: 'success', title: t.validate.highlighted(cells) });
    },
    [host, run, notify, t],
  );

  const clear = useCallback(async () => {
    const done = await run(t.busy.clearing, 'clear', async () => {
      await clearHighlightsAction(host);
      highlightsShown.current = false;
      return true;
    });
    if (done) notify({ intent: 'success', title: t.validate.cleared });
  }, [host, run, notify, t]);

  const saveMapping = useCallback(
    async (sheet: string, mapping: SheetMapping | undefined) => {
      const before = store.get().workbook;
      if (!before) return;
      const settings = await run(t.busy.saving, 'mapping', () => saveMappingAction(host, before.settings, sheet, mapping));
      if (!settings) return;
      // The cells are as held now; only the mapping changed, so check again without a new read.
      dispatch({ type: 'mappingSaved', settings, lang });
      notify({ intent: 'success', title: t.mapping.saved(sheet) });
    },
    [host, lang, store, run, dispatch, notify, t],
  );

  const refreshSettings = useCallback(async () => {
    dispatch({ type: 'settingsRead', settings: normalizeSettings(await host.loadSettings()) });
  }, [host, dispatch]);

  /** The summary options of a request: the snapshot is read from, and compared within, the cells as read. */
  const summaryOptions = useCallback(
    (current: WorkbookState, request: BuildRequest, onProgress: SummaryOptions['onProgress']): SummaryOptions => ({
      lang,
      fiscalYear: request.fiscalYear,
      onProgress,
      whenEdited: request.whenEdited ?? 'ask',
      snapshot: {
        workbook: current.workbook,
        ownSheets: current.settings.ownSheets,
        record: request.record,
        again: request.again,
        compareWith: request.compareWith,
      },
    }),
    [lang],
  );

  /**
   * A summary build or a consolidation (the same path, writing different sheets). After the write:
   * the settings again (the written sheets are now excluded and the add-in's own), and the history
   * sheet as written joins the cells held, so the next build appends to it without a new read.
   */
  const writeSummary = useCallback(
    async (kind: 'summary' | 'consolidate', request: BuildRequest) => {
      const current = store.get().workbook;
      if (!current) return;
      const written = await run(t.busy[kind], kind, async (onProgress) => {
        const { buildSummaryAction, consolidateSheetsAction } = await writeActions();
        const options = summaryOptions(current, request, onProgress);
        const write =
          kind === 'summary'
            ? ({ kind, request, result: await buildSummaryAction(host, current.result, current.plan.plan, options) } as const)
            : ({ kind, request, result: await consolidateSheetsAction(host, current, current.plan.plan, options) } as const);
        await refreshSettings();
        return write;
      });
      if (written) dispatch({ type: 'written', write: written, historySheet: (written.result as SummaryWrite).history?.historySheet });
    },
    [host, store, run, dispatch, summaryOptions, refreshSettings, t],
  );

  const buildSummary = useCallback((request: BuildRequest) => writeSummary('summary', request), [writeSummary]);
  const consolidateSheets = useCallback((request: BuildRequest) => writeSummary('consolidate', request), [writeSummary]);

  const addTemplate = useCallback(
    async (fiscalYear: number | undefined, department: string) => {
      const result = await run(t.busy.template, 'template', async (onProgress) => {
        const { addTemplateAction } = await writeActions();
        const current = store.get().workbook;
        // The workbook's own plan when it keeps one, so the new sheet fits the trackers beside it.
        const keepPlanSheet = current?.plan.source === 'workbook' || current?.plan.sheetProblem !== undefined;
        const written = await addTemplateAction(host, current?.plan.plan ?? plan, {
          lang,
          fiscalYear,
          department,
          onProgress,
          keepPlanSheet,
        });
        await refreshSettings();
        return written;
      });
      if (!result) return;
      dispatch({ type: 'written', write: { kind: 'template', result } });
      // The new sheet is a tracker: read it in so the mapping and the check see it.
      await reload();
    },
    [host, plan, store, lang, run, dispatch, refreshSettings, reload, t],
  );

  const live = useLive({ host, state: pane.workbook, store, lang, t, notify, reload, highlightsShown });

  return {
    state: pane.workbook,
    capabilities: pane.capabilities,
    busy: pane.busy,
    notices: pane.notices,
    lastWrite: pane.lastWrite,
    dismiss,
    reload,
    select,
    highlight,
    clear,
    saveMapping,
    buildSummary,
    consolidateSheets,
    addTemplate,
    live,
  };
}

/** What the pane hook gives its views. */
export type PaneController = ReturnType<typeof usePane>;
