/** The live check's toggle, the confirmation of 「同じ種類をすべて修正」 and the add-in's own undo list. */
import { Button, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { UndoEntry } from '../app/live-check';
import type { Issue } from '../validate/types';
import type { PaneStrings } from './i18n';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '12em', overflowY: 'auto' },
  entry: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  value: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

const shown = (value: unknown, t: PaneStrings) => (value === null || value === undefined || value === '' ? t.fix.empty : String(value));

export function LiveToggle({
  on,
  checking,
  t,
  onChange,
}: {
  on: boolean;
  checking: boolean;
  t: PaneStrings;
  onChange: (on: boolean) => void;
}) {
  return (
    <div>
      <Switch checked={on} label={t.fix.live} onChange={(_, data) => onChange(data.checked)} data-testid="live-toggle" />
      <Text as="p" block size={200}>
        {t.fix.liveHint}
        <span aria-live="polite">{checking ? `（${t.fix.checking}）` : ''}</span>
      </Text>
    </div>
  );
}

/** The cells a 「同じ種類をすべて修正」 will write, shown before anything is written. */
export function FixAllConfirm({
  issues,
  t,
  onConfirm,
  onCancel,
}: {
  issues: readonly Issue[];
  t: PaneStrings;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const fixes = issues.filter((i) => i.fix);
  return (
    <div className={styles.box} role="group" aria-label={t.fix.confirmTitle(fixes.length)} data-testid="fix-all-confirm">
      <p className={styles.heading}>{t.fix.confirmTitle(fixes.length)}</p>
      <ul className={styles.list}>
        {fixes.map((issue) => (
          <li key={`${issue.sheet}!${issue.cell}`} className={styles.entry}>
            <span className={styles.value}>{t.fix.confirmEntry(issue.fix!.cell, shown(issue.value, t), String(issue.fix!.value))}</span>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" onClick={onConfirm}>
          {t.fix.confirm}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.fix.cancel}
        </Button>
      </div>
    </div>
  );
}

export function UndoList({
  entries,
  busy,
  t,
  onUndo,
}: {
  entries: readonly UndoEntry[];
  busy: boolean;
  t: PaneStrings;
  onUndo: (entry: UndoEntry) => void;
}) {
  const styles = useStyles();
  if (entries.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="undo-list-title" data-testid="undo-list">
      <h2 id="undo-list-title" className={styles.heading}>
        {t.fix.undoTitle}
      </h2>
      <Text as="p" block size={200}>
        {t.fix.undoNote}
      </Text>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <span className={styles.value}>{t.fix.undoEntry(entry.sheet, entry.cell, shown(entry.before, t), shown(entry.after, t))}</span>
            <Button size="small" disabled={busy} aria-label={t.fix.undoLabel(entry.sheet, entry.cell)} onClick={() => onUndo(entry)}>
              {t.fix.undo}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
