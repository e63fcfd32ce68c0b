/**
 * The kinds of change between two snapshots, in the order every surface lists them: the
 * 前回からの変化 sheet, the pane's changes list and the command line's summary line. Each surface
 * keeps its own words for them in its catalog, as a `Record<ChangeKind, string>`.
 */
export const CHANGE_KINDS = ['statusChanged', 'newlyCompleted', 'newlyStopped', 'progressUp', 'progressDown', 'added', 'gone'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
