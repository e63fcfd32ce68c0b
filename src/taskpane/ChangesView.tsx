/**
 * 前回からの変化 in the pane: what the build recorded, the number of measures per kind of change,
 * and the measures themselves (the first few of each kind; the sheet has them all).
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Changes } from '../history/changes';
import { CHANGE_SECTIONS, type PaneStrings } from './i18n';

/** Measures listed per kind of change; more are on the sheet, and a long list helps nobody in a pane. */
export const CHANGES_LISTED = 20;

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  counts: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0, maxWidth: '24em' },
  count: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  number: { fontWeight: tokens.fontWeightSemibold },
  section: { margin: `${tokens.spacingVerticalXS} 0` },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  where: { color: tokens.colorNeutralForeground3 },
});

interface ChangesViewProps {
  /** Undefined when there was nothing to compare with. */
  changes: Changes | undefined;
  /** What the build recorded, in a sentence. */
  recordNote: string;
  /** Set when the comparison shown is not the one written to the sheet. */
  sheetNote?: string;
  t: PaneStrings;
}

export function ChangesView({ changes, recordNote, sheetNote, t }: ChangesViewProps) {
  const styles = useStyles();
  const c = t.changes;
  return (
    <section className={styles.root} aria-labelledby="changes-heading" data-testid="changes">
      <h2 id="changes-heading" className={styles.heading}>
        {c.title}
      </h2>
      <Text as="p" block size={200}>
        {recordNote}
      </Text>
      {sheetNote && (
        <Text as="p" block size={200}>
          {sheetNote}
        </Text>
      )}
      {!changes ? (
        <Text as="p" block>
          {c.noEarlier}
        </Text>
      ) : (
        <>
          <Text as="p" block size={200}>
            {c.range(changes.from, changes.to)}
          </Text>
          <ul className={styles.counts} aria-label={c.countsLabel}>
            {CHANGE_SECTIONS.map((section) => (
              <li key={section} className={styles.count} data-section={section}>
                <span>{c.sections[section]}</span>
                <span className={styles.number}>{changes[section].length}</span>
              </li>
            ))}
          </ul>
          {CHANGE_SECTIONS.filter((section) => changes[section].length > 0).map((section) => {
            const list = changes[section];
            return (
              <details key={section} className={styles.section}>
                <summary className={styles.summary}>{c.sectionTitle(c.sections[section], list.length)}</summary>
                <ul className={styles.list} aria-label={c.sections[section]}>
                  {list.slice(0, CHANGES_LISTED).map((change) => (
                    <li key={change.key}>
                      {[change.code, change.title].filter(Boolean).join(' ')}
                      <span className={styles.where}>{c.where(change)}</span>
                      {`: ${c.movement(change, section)}`}
                    </li>
                  ))}
                </ul>
                {list.length > CHANGES_LISTED && (
                  <Text as="p" block size={200}>
                    {c.more(list.length - CHANGES_LISTED)}
                  </Text>
                )}
              </details>
            );
          })}
        </>
      )}
    </section>
  );
}
