/**
 * The conflicts a consolidation found: the same measure and fiscal year on more than one tracker
 * sheet, with what each sheet says (the first few; the 競合 sheet has them all).
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Conflict } from '../consolidate/consolidate';
import type { PaneStrings } from './i18n';

export const CONFLICTS_LISTED = 20;

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ConflictsView({ conflicts, t }: { conflicts: readonly Conflict[]; t: PaneStrings }) {
  const styles = useStyles();
  const c = t.conflicts;
  return (
    <section className={styles.root} aria-labelledby="conflicts-heading" data-testid="conflicts">
      <h2 id="conflicts-heading" className={styles.heading}>
        {c.title(conflicts.length)}
      </h2>
      {conflicts.length === 0 ? (
        <Text as="p" block>
          {c.none}
        </Text>
      ) : (
        <>
          <Text as="p" block size={200}>
            {c.intro}
          </Text>
          <ul className={styles.list} aria-label={c.title(conflicts.length)}>
            {conflicts.slice(0, CONFLICTS_LISTED).map((conflict) => {
              const name = c.measure(conflict.measure, conflict.measureTitle, conflict.fiscalYear);
              return (
                <li key={`${conflict.measure}\u0000${conflict.fiscalYear}`}>
                  {name}
                  <ul className={styles.entries} aria-label={name}>
                    {conflict.entries.map((e) => (
                      <li key={`${e.source}\u0000${e.row}`}>{c.entry(e.source, e.row, e.status, e.progress)}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
          {conflicts.length > CONFLICTS_LISTED && (
            <Text as="p" block size={200}>
              {c.more(conflicts.length - CONFLICTS_LISTED)}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
