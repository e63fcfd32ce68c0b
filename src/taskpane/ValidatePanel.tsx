/** The check: counts by severity, filters, the grouped issue list and the highlight buttons. */
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import type { CheckedResult } from '../app/unread-merges';
import type { Issue, Severity } from '../validate/types';
import type { PaneStrings } from './i18n';
import { filterIssues, groupIssues } from './issue-groups';
import { LiveToggle, UndoList } from './FixViews';
import { IssueList, SEVERITY_COLOR } from './IssueList';
import { UnreadMergesNote } from './UnreadMergesNote';
import type { PaneController } from './use-pane';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
  count: { display: 'flex', flexDirection: 'column', alignItems: 'center', minWidth: '4em' },
  countNumber: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  severityFilter: { display: 'flex', flexWrap: 'wrap', border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

interface ValidatePanelProps {
  result: CheckedResult;
  busy: boolean;
  t: PaneStrings;
  onRevalidate: () => void;
  onSelect: (issue: Issue) => void;
  onHighlight: (issues: readonly Issue[]) => void;
  onClear: () => void;
  /** The live check and quick fixes, when the host offers them. */
  live?: PaneController['live'];
}

export function ValidatePanel({ result, busy, t, onRevalidate, onSelect, onHighlight, onClear, live }: ValidatePanelProps) {
  const canFix = live?.canFix === true;
  const onFix = canFix ? (issues: readonly Issue[]) => void live!.applyFixes(issues) : undefined;
  const styles = useStyles();
  const [severities, setSeverities] = useState<Set<Severity>>(new Set(SEVERITIES));
  const [text, setText] = useState('');
  // Typing stays responsive on long lists: the list re-filters behind the input.
  const deferredText = useDeferredValue(text);
  const filtered = useMemo(
    () => filterIssues(result.issues, { severities, text: deferredText }),
    [result.issues, severities, deferredText],
  );
  const groups = useMemo(() => groupIssues(filtered), [filtered]);
  const rowCount = result.trackers.reduce((n, tracker) => n + tracker.rows.length, 0);

  const toggleSeverity = (severity: Severity, on: boolean) =>
    setSeverities((set) => {
      const next = new Set(set);
      if (on) next.add(severity);
      else next.delete(severity);
      return next;
    });

  return (
    <div>
      <Text as="p" block size={200}>
        {t.validate.checkedAt(result.trackers.length, rowCount)}
      </Text>
      <ul className={styles.counts} aria-label={t.validate.countsLabel}>
        {SEVERITIES.map((severity) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <span className={styles.countNumber} style={{ color: SEVERITY_COLOR[severity] }}>
              {result.counts[severity]}
            </span>
            <span>{t.severity[severity]}</span>
          </li>
        ))}
      </ul>
      <UnreadMergesNote notes={result.unreadMerges} t={t} />

      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onRevalidate}>
          {t.validate.revalidate}
        </Button>
        <Button disabled={busy || filtered.length === 0} onClick={() => onHighlight(filtered)}>
          {t.validate.highlight}
        </Button>
        <Button disabled={busy} onClick={onClear}>
          {t.validate.clear}
        </Button>
      </div>
      {canFix && <LiveToggle on={live!.liveOn} checking={live!.checking} t={t} onChange={live!.setLiveOn} />}
      {canFix && <UndoList entries={live!.undoList} busy={busy} t={t} onUndo={(entry) => void live!.undo(entry)} />}

      {result.issues.length === 0 ? (
        <Text as="p" block>
          {t.validate.noIssues}
        </Text>
      ) : (
        <>
          <div className={styles.filters}>
            <fieldset className={styles.severityFilter}>
              <legend className={styles.legend}>{t.validate.severityFilter}</legend>
              {SEVERITIES.map((severity) => (
                <Checkbox
                  key={severity}
                  label={`${t.severity[severity]}（${result.counts[severity]}）`}
                  checked={severities.has(severity)}
                  onChange={(_, data) => toggleSeverity(severity, data.checked === true)}
                />
              ))}
            </fieldset>
            <Field label={t.validate.textFilter}>
              <Input
                type="search"
                value={text}
                placeholder={t.validate.textFilterPlaceholder}
                onChange={(_, data) => setText(data.value)}
              />
            </Field>
          </div>
          <Text as="p" block size={200} role="status">
            {t.validate.shown(filtered.length, result.issues.length)}
          </Text>
          <Text as="p" block size={200}>
            {t.validate.listHint}
          </Text>
          {filtered.length === 0 ? (
            <Text as="p" block>
              {t.validate.noMatch}
            </Text>
          ) : (
            <IssueList sheets={groups} total={filtered.length} t={t} onSelect={onSelect} onFix={busy ? undefined : onFix} />
          )}
        </>
      )}
    </div>
  );
}
