/**
 * Issues grouped by sheet and rule. Groups start collapsed when there are many issues and each
 * open group renders a page at a time ("show more"), so 20,000 issues never become 20,000 rows.
 * Each issue is a button: Tab reaches the list once, arrow keys move inside it, Enter goes to the cell.
 */
import { Button, createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FixAllConfirm } from './FixViews';
import type { Issue, Severity } from '../validate/types';
import type { PaneStrings } from './i18n';
import type { IssueGroup, SheetGroups } from './issue-groups';
import { useRovingFocus } from './use-roving-focus';

/** Issues rendered per step of an open group. */
export const ISSUE_PAGE = 50;
/** Up to this many issues in all, every group starts open. */
const OPEN_ALL_UP_TO = 200;

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

const useStyles = makeStyles({
  plainList: { listStyleType: 'none', margin: 0, padding: 0 },
  sheetHeading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  groupButton: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  chevron: { display: 'inline-block', width: '1em' },
  issue: {
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: '4.5em 1fr',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `3px solid transparent`,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  more: { marginLeft: tokens.spacingHorizontalL },
  fixLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} calc(4.5em + ${tokens.spacingHorizontalS} * 2)`,
    fontSize: tokens.fontSizeBase200,
  },
  proposal: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface IssueListProps {
  sheets: SheetGroups[];
  total: number;
  t: PaneStrings;
  onSelect: (issue: Issue) => void;
  /** Writes the proposed fixes of the issues given (absent: fixes are shown but cannot be applied). */
  onFix?: (issues: readonly Issue[]) => void;
}

export function IssueList({ sheets, total, t, onSelect, onFix }: IssueListProps) {
  const styles = useStyles();
  // Only the user's explicit choices are kept; the rest follow the default for the list's size.
  const [toggled, setToggled] = useState<Map<string, boolean>>(new Map());
  const openByDefault = total <= OPEN_ALL_UP_TO;
  const isOpen = (key: string) => toggled.get(key) ?? openByDefault;
  const toggle = (key: string) => setToggled((m) => new Map(m).set(key, !isOpen(key)));

  return (
    <div>
      {sheets.map((sheet, s) => (
        <section key={sheet.sheet} aria-labelledby={`issues-sheet-${s}`}>
          <h2 id={`issues-sheet-${s}`} className={styles.sheetHeading}>
            {sheet.sheet}（{sheet.count}）
          </h2>
          <ul className={styles.plainList}>
            {sheet.groups.map((group, g) => (
              <li key={group.key}>
                <GroupView
                  group={group}
                  id={`issues-${s}-${g}`}
                  open={isOpen(group.key)}
                  onToggle={() => toggle(group.key)}
                  t={t}
                  onSelect={onSelect}
                  onFix={onFix}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface GroupViewProps {
  group: IssueGroup;
  id: string;
  open: boolean;
  onToggle: () => void;
  t: PaneStrings;
  onSelect: (issue: Issue) => void;
  onFix?: (issues: readonly Issue[]) => void;
}

function GroupView({ group, id, open, onToggle, t, onSelect, onFix }: GroupViewProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(ISSUE_PAGE);
  const [confirming, setConfirming] = useState(false);
  const fixable = group.issues.filter((issue) => issue.fix);
  const rule = t.rules[group.rule];
  const count = group.issues.length;
  const visible = group.issues.slice(0, shown);
  const left = count - visible.length;
  const roving = useRovingFocus(visible.length, 'vertical');
  return (
    <>
      <Button
        appearance="subtle"
        className={styles.groupButton}
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        onClick={onToggle}
      >
        <span aria-hidden="true" className={styles.chevron}>
          {open ? '▾' : '▸'}
        </span>
        <span style={{ color: SEVERITY_COLOR[group.severity] }}>{t.severity[group.severity]}</span>
        &nbsp;{rule}（{count}）
      </Button>
      {open && onFix && fixable.length > 1 && !confirming && (
        <Button size="small" className={styles.more} onClick={() => setConfirming(true)}>
          {t.fix.applyAll(fixable.length)}
        </Button>
      )}
      {open && onFix && confirming && (
        <FixAllConfirm
          issues={fixable}
          t={t}
          onConfirm={() => {
            setConfirming(false);
            onFix(fixable);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {open && (
        <>
          <ul id={`${id}-list`} className={styles.plainList} aria-label={`${group.sheet}: ${rule}`} onKeyDown={roving.onKeyDown}>
            {visible.map((issue, i) => (
              <li key={`${issue.cell}-${i}`}>
                <button
                  type="button"
                  {...roving.itemProps(i)}
                  className={styles.issue}
                  style={{ borderLeftColor: SEVERITY_COLOR[issue.severity] }}
                  onClick={() => onSelect(issue)}
                >
                  {/* The name read out is the visible text, "H12: message" (issueLabel). */}
                  <span className={styles.cell}>{issue.cell}</span>
                  <span className={styles.visuallyHidden}>{t.validate.cellSeparator}</span>
                  <span className={styles.message}>{issue.message}</span>
                </button>
                {issue.fix && (
                  <div className={styles.fixLine}>
                    <span className={styles.proposal}>{t.fix.proposal(String(issue.fix.value))}</span>
                    {onFix && (
                      <Button
                        size="small"
                        aria-label={t.fix.applyLabel(issue.fix.cell, String(issue.fix.value))}
                        onClick={() => onFix([issue])}
                      >
                        {t.fix.apply}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {left > 0 && (
            <Button appearance="transparent" size="small" className={styles.more} onClick={() => setShown((n) => n + ISSUE_PAGE * 4)}>
              {t.validate.showMore(left)}
            </Button>
          )}
        </>
      )}
    </>
  );
}
