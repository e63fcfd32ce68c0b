/** What a write did: the sheets written, the ones written under another name and why, what was left out. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { WriteResult } from '../workbook/host';
import type { PaneStrings } from './i18n';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function WriteResultView({ result, t }: { result: WriteResult; t: PaneStrings }) {
  const styles = useStyles();
  return (
    <div className={styles.stack} data-testid="write-result">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.write.done}</MessageBarTitle>
          <div>{t.write.sheets}</div>
          <ul className={styles.list} aria-label={t.write.sheets}>
            {result.sheetNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {result.renamed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.write.renamedTitle}</MessageBarTitle>
            <ul className={styles.list} aria-label={t.write.renamedTitle}>
              {result.renamed.map((r) => (
                <li key={r.wanted}>{t.write.renamed(r.wanted, r.used)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.write.skippedTitle}</MessageBarTitle>
            <ul className={styles.list} aria-label={t.write.skippedTitle}>
              {result.skipped.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            {t.write.skippedHint}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
