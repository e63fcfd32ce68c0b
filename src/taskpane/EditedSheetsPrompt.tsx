/**
 * Asked before a build replaces add-in sheets the user edited since the add-in wrote them:
 * replace them, write the new cells to new sheets (the edited ones stay the user's), or cancel.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { EditedSheet } from '../workbook/host';
import type { PaneStrings } from './i18n';
import type { EditedSheetChoice } from './pane-state';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  root: { marginTop: tokens.spacingVerticalM },
});

export type { EditedSheetChoice };

interface EditedSheetsPromptProps {
  sheets: readonly EditedSheet[];
  busy: boolean;
  t: PaneStrings;
  onChoose: (choice: EditedSheetChoice) => void;
  onCancel: () => void;
}

export function EditedSheetsPrompt({ sheets, busy, t, onChoose, onCancel }: EditedSheetsPromptProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alertdialog" aria-label={t.edited.title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.edited.title}</MessageBarTitle>
          <div>{t.edited.intro}</div>
          <ul className={styles.list} aria-label={t.edited.title}>
            {sheets.map((sheet) => (
              <li key={sheet.name}>{t.edited.sheet(sheet.name, sheet.rows.first, sheet.rows.last)}</li>
            ))}
          </ul>
        </MessageBarBody>
        <MessageBarActions>
          <Button disabled={busy} onClick={() => onChoose('replace')}>
            {t.edited.replace}
          </Button>
          <Button appearance="primary" disabled={busy} onClick={() => onChoose('newSheet')}>
            {t.edited.newSheet}
          </Button>
          <Button disabled={busy} onClick={onCancel}>
            {t.edited.cancel}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
