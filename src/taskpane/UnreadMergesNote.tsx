/**
 * On a sheet whose merged cells this Excel cannot read (below ExcelApi 1.13): says so, names the
 * cells read as covered by a merge (the value above carried into them) and a header row that
 * looks merged, so the user can check them.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { UnreadMergeNote } from '../app/unread-merges';
import type { PaneStrings } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
});

/** Cells named in a note; the rest are counted. */
const CELLS_SHOWN = 8;

export function UnreadMergesNote({ notes, t }: { notes: readonly UnreadMergeNote[] | undefined; t: PaneStrings }) {
  const styles = useStyles();
  if (!notes?.length) return null;
  return (
    <div className={styles.root}>
      {notes.map((note) => (
        <MessageBar key={note.sheet} intent="info" layout="multiline" data-testid="unread-merges">
          <MessageBarBody>
            <MessageBarTitle>{t.unreadMerges.title(note.sheet)}</MessageBarTitle>
            {note.carried.length > 0 && (
              <div>{t.unreadMerges.carried(note.carried.slice(0, CELLS_SHOWN), Math.max(0, note.carried.length - CELLS_SHOWN))}</div>
            )}
            {note.headerGaps && <div>{t.unreadMerges.headerGaps}</div>}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
