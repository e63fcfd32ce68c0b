/**
 * The pane as a live companion to the sheet: follows edits to the tracker sheets (only the changed
 * rows are read again; the check runs over the cells held in memory), writes quick fixes, and
 * keeps the add-in's own undo list. Works on any host that offers LiveHost.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import { highlightAction, type WorkbookState } from '../app/workbook-state';
import { fixEdits, needsMappingRead, OwnWrites, rowsRequests, withCellValue, withRows, type UndoEntry } from '../app/live-check';
import type { Issue } from '../validate/types';
import type { Lang } from '../core/lang';
import { isLiveHost, type CellEdit, type CellEditOutcome, type ChangedRows, type WorkbookHost } from '../workbook/host';
import type { PaneStrings } from './i18n';
import type { Notice } from './pane-state';
import type { PaneStore } from './use-pane';

/** Edits arriving within this time are one batch of work (a paste raises one event; typing many). */
export const LIVE_BATCH_MS = 120;

interface LiveOptions {
  host: WorkbookHost;
  /** The workbook as held (for what to watch); actions read the latest from `store`. */
  state: WorkbookState | null;
  store: PaneStore;
  lang: Lang;
  t: PaneStrings;
  notify: (notice: Omit<Notice, 'id'>) => void;
  reload: () => Promise<void>;
  /** True while the add-in's highlights are on the sheet, so they follow the live check. */
  highlightsShown: MutableRefObject<boolean>;
}

const shownValue = (value: unknown, t: PaneStrings) =>
  value === null || value === undefined || value === '' ? t.fix.empty : String(value);

export function useLive({ host, state, store, lang, t, notify, reload, highlightsShown }: LiveOptions) {
  const live = isLiveHost(host) ? host : null;
  const [liveOn, setLiveOn] = useState(true);
  const liveOnRef = useRef(liveOn);
  liveOnRef.current = liveOn;
  const [undoList, setUndoList] = useState<UndoEntry[]>([]);
  const [checking, setChecking] = useState(false);
  const own = useRef(new OwnWrites());
  const pending = useRef<ChangedRows[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const nextUndo = useRef(1);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  /** Puts new cells in the state and checks them again (no read); highlights follow when shown. */
  const recheck = useCallback(
    async (workbook: WorkbookState['workbook']) => {
      store.dispatch({ type: 'cellsChanged', workbook, lang });
      const next = store.get().workbook;
      if (next && highlightsShown.current) await highlightAction(host, next.result.issues);
    },
    [host, lang, store, highlightsShown],
  );

  /** One batch of changes: the user's edits are read again row by row area, in one read. */
  const flush = useCallback(async () => {
    const changes = own.current.userChanges(pending.current.splice(0));
    const current = store.get().workbook;
    if (!live || changes.length === 0 || !current) return;
    setChecking(true);
    try {
      if (needsMappingRead(current.result, changes)) {
        await reload();
        return;
      }
      const reads = await live.readRows(rowsRequests(current.workbook, changes));
      const held = store.get().workbook;
      if (held) await recheck(withRows(held.workbook, reads));
    } catch (error) {
      notify({ intent: 'error', title: t.failed.live, body: error instanceof Error ? error.message : String(error), hint: t.failureHint });
    } finally {
      if (mounted.current) setChecking(false);
    }
  }, [live, store, reload, recheck, notify, t]);

  const trackerNames = state?.result.trackers.map((tracker) => tracker.name).join('\u0000') ?? '';
  useEffect(() => {
    if (!live || !liveOn || trackerNames === '') return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const onChange = (changes: ChangedRows[]) => {
      pending.current.push(...changes);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        chain.current = chain.current.then(flush);
      }, LIVE_BATCH_MS);
    };
    live.watchChanges(trackerNames.split('\u0000'), onChange).then(
      (remove) => (cancelled ? void remove() : (stop = remove)),
      (error) =>
        notify({
          intent: 'error',
          title: t.failed.live,
          body: error instanceof Error ? error.message : String(error),
          hint: t.failureHint,
        }),
    );
    return () => {
      cancelled = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current = [];
      void stop?.();
    };
  }, [live, liveOn, trackerNames, flush, notify, t]);

  /** Writes edits the add-in makes, noting them so their change events are not read back. */
  const write = useCallback(
    async (edits: CellEdit[]): Promise<CellEditOutcome[] | undefined> => {
      if (!live) return undefined;
      // With the live check off no change event comes back to be told apart.
      if (liveOnRef.current) own.current.note(edits);
      try {
        const outcomes = await live.writeCells(edits);
        if (liveOnRef.current) own.current.forget(edits.filter((_, i) => !outcomes[i].written));
        return outcomes;
      } catch (error) {
        if (liveOnRef.current) own.current.forget(edits);
        throw error;
      }
    },
    [live],
  );

  const refusedNotice = useCallback(
    (refused: { edit: CellEdit; current: unknown }[]) =>
      notify({
        intent: 'warning',
        title: t.fix.refusedTitle,
        body: refused.map((r) => t.fix.refused(r.edit.cell, shownValue(r.current, t))).join('\n'),
      }),
    [notify, t],
  );

  const applyFixes = useCallback(
    async (issues: readonly Issue[]) => {
      const current = store.get().workbook;
      if (!current) return;
      const edits = fixEdits(current.workbook, issues);
      if (edits.length === 0) return;
      let outcomes: CellEditOutcome[] | undefined;
      try {
        outcomes = await write(edits);
      } catch (error) {
        notify({ intent: 'error', title: t.failed.fix, body: error instanceof Error ? error.message : String(error), hint: t.failureHint });
        return;
      }
      if (!outcomes) return;
      const held = store.get().workbook;
      if (!held) return;
      let workbook = held.workbook;
      const entries: UndoEntry[] = [];
      const refused: { edit: CellEdit; current: unknown }[] = [];
      edits.forEach((edit, i) => {
        const outcome = outcomes![i];
        if (outcome.written) {
          workbook = withCellValue(workbook, edit.sheet, edit.cell, edit.value);
          entries.push({ id: nextUndo.current++, sheet: edit.sheet, cell: edit.cell, before: edit.expected, after: edit.value });
        } else refused.push({ edit, current: outcome.current });
      });
      if (entries.length > 0) {
        setUndoList((list) => [...entries.reverse(), ...list]);
        await recheck(workbook);
        notify({ intent: 'success', title: t.fix.fixed(entries.length) });
      }
      if (refused.length > 0) refusedNotice(refused);
    },
    [store, write, recheck, notify, refusedNotice, t],
  );

  const undo = useCallback(
    async (entry: UndoEntry) => {
      let outcomes: CellEditOutcome[] | undefined;
      try {
        outcomes = await write([{ sheet: entry.sheet, cell: entry.cell, value: entry.before, expected: entry.after }]);
      } catch (error) {
        notify({
          intent: 'error',
          title: t.failed.undo,
          body: error instanceof Error ? error.message : String(error),
          hint: t.failureHint,
        });
        return;
      }
      const outcome = outcomes?.[0];
      if (!outcome) return;
      if (!outcome.written) {
        refusedNotice([
          { edit: { sheet: entry.sheet, cell: entry.cell, value: entry.before, expected: entry.after }, current: outcome.current },
        ]);
        return;
      }
      setUndoList((list) => list.filter((e) => e.id !== entry.id));
      const held = store.get().workbook;
      if (held) await recheck(withCellValue(held.workbook, entry.sheet, entry.cell, entry.before));
      notify({ intent: 'success', title: t.fix.undone(entry.cell) });
    },
    [store, write, recheck, notify, refusedNotice, t],
  );

  return { canFix: live !== null, liveOn, setLiveOn, checking, undoList, applyFixes, undo };
}
