/**
 * The pane's state and what its buttons do: one place that runs an action, shows progress while
 * it runs, turns a failure into a message and keeps the last good state (nothing is lost).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addTemplateAction,
  buildSummaryAction,
  clearHighlightsAction,
  consolidateSheetsAction,
  highlightAction,
  loadWorkbookState,
  normalizeSettings,
  saveMappingAction,
  validateData,
  type SummaryOptions,
  type WorkbookState,
} from '../app/actions';
import { withSheetValues } from '../app/live-check';
import type { Plan } from '../plan/types';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Issue } from '../validate/types';
import type { HostCapabilities, WorkbookHost, WriteResult } from '../workbook/host';
import type { Lang } from '../core/lang';
import type { PaneStrings } from './i18n';
import type { BuildRequest, SummaryBuild } from './SummaryPanel';
import { useLive } from './use-live';

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

export type LastWrite = SummaryBuild | { kind: 'template'; result: WriteResult };

type FailKey = keyof PaneStrings['failed'];

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

export function usePane(host: WorkbookHost, plan: Plan, lang: Lang, t: PaneStrings) {
  const [state, setState] = useState<WorkbookState | null>(null);
  const [capabilities, setCapabilities] = useState<HostCapabilities | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [lastWrite, setLastWrite] = useState<LastWrite | null>(null);
  const nextId = useRef(1);
  const highlightsShown = useRef(false);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextId.current++;
    // A new outcome replaces earlier success notes; failures stay until dismissed.
    setNotices((list) => [...list.filter((n) => n.intent === 'error'), { ...notice, id }]);
  }, []);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

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
      setBusy({ label });
      try {
        return await action((done, total) => mounted.current && setBusy({ label, done, total }));
      } catch (error) {
        if (mounted.current) fail(failKey, error);
        return undefined;
      } finally {
        if (mounted.current) setBusy(null);
      }
    },
    [fail],
  );

  const reload = useCallback(async () => {
    const loaded = await run(t.busy.reading, 'load', (onProgress) => loadWorkbookState(host, plan, lang, onProgress));
    if (loaded && mounted.current) {
      setState(loaded);
      setNotices((list) => list.filter((n) => n.intent !== 'error'));
    }
  }, [host, plan, lang, run, t]);

  useEffect(() => {
    void reload();
    host.capabilities().then(
      (caps) => mounted.current && setCapabilities(caps),
      () => mounted.current && setCapabilities(null),
    );
    // Load once per host, plan and language; reload() changes identity with them.
  }, [reload, host]);

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
      if (cells !== undefined) highlightsShown.current = cells > 0;
      if (cells !== undefined) notify({ intent: 'success', title: t.validate.highlighted(cells) });
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
      if (!state) return;
      const settings = await run(t.busy.saving, 'mapping', () => saveMappingAction(host, state.settings, sheet, mapping));
      if (!settings) return;
      // The cells are as read; only the mapping changed, so validate again without a new read.
      setState({ ...state, settings, result: validateData(state.workbook, state.plan.plan, lang, settings) });
      notify({ intent: 'success', title: t.mapping.saved(sheet) });
    },
    [host, lang, state, run, notify, t],
  );

  const refreshSettings = useCallback(async () => {
    const settings = normalizeSettings(await host.loadSettings());
    if (mounted.current) setState((s) => (s ? { ...s, settings } : s));
  }, [host]);

  /** The summary options of a request: the snapshot is read from, and compared within, the cells as read. */
  const summaryOptions = useCallback(
    (current: WorkbookState, request: BuildRequest, onProgress: SummaryOptions['onProgress']): SummaryOptions => ({
      lang,
      fiscalYear: request.fiscalYear,
      onProgress,
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
   * After a write: the settings again (the written sheets are now excluded and the add-in's own),
   * and the history sheet as written into the cells the pane holds, so the next build appends to
   * it without reading the whole workbook again.
   */
  const afterSummaryWrite = useCallback(
    async (written: SummaryBuild['result']) => {
      await refreshSettings();
      const history = written.history?.historySheet;
      if (history && mounted.current)
        setState((s) => (s ? { ...s, workbook: withSheetValues(s.workbook, history.name, history.values) } : s));
    },
    [refreshSettings],
  );

  const buildSummary = useCallback(
    async (request: BuildRequest) => {
      if (!state) return;
      const result = await run(t.busy.summary, 'summary', async (onProgress) => {
        const written = await buildSummaryAction(host, state.result, state.plan.plan, summaryOptions(state, request, onProgress));
        await afterSummaryWrite(written);
        return written;
      });
      if (result) setLastWrite({ kind: 'summary', result });
    },
    [host, state, run, summaryOptions, afterSummaryWrite, t],
  );

  const consolidateSheets = useCallback(
    async (request: BuildRequest) => {
      if (!state) return;
      const result = await run(t.busy.consolidate, 'consolidate', async (onProgress) => {
        const written = await consolidateSheetsAction(host, state, state.plan.plan, summaryOptions(state, request, onProgress));
        await afterSummaryWrite(written);
        return written;
      });
      if (result) setLastWrite({ kind: 'consolidate', result });
    },
    [host, state, run, summaryOptions, afterSummaryWrite, t],
  );

  const addTemplate = useCallback(
    async (fiscalYear: number | undefined, department: string) => {
      const result = await run(t.busy.template, 'template', async (onProgress) => {
        // The workbook's own plan when it keeps one, so the new sheet fits the trackers beside it.
        const keepPlanSheet = state?.plan.source === 'workbook' || state?.plan.sheetProblem !== undefined;
        const written = await addTemplateAction(host, state?.plan.plan ?? plan, {
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
      setLastWrite({ kind: 'template', result });
      // The new sheet is a tracker: read it in so the mapping and the check see it.
      await reload();
    },
    [host, plan, state, lang, run, refreshSettings, reload, t],
  );

  const live = useLive({ host, state, setState, lang, t, notify, reload, highlightsShown });

  return {
    state,
    capabilities,
    busy,
    notices,
    lastWrite,
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
