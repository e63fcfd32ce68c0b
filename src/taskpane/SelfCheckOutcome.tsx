/** The self-check's progress and result: each check, and the plain-text report to copy for the IT desk. */
import { Button, makeStyles, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SelfCheckResult } from '../workbook/host';
import { selfCheckReport } from './self-check-report';
import type { SelfCheckStrings } from './self-check-strings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SelfCheckOutcome({ running, result, t }: { running: boolean; result: SelfCheckResult | null; t: SelfCheckStrings }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  // A new run's report has not been copied yet.
  useEffect(() => setCopied(false), [result]);
  const report = result ? selfCheckReport(result, t) : '';
  const copy = async () => {
    await navigator.clipboard?.writeText(report);
    setCopied(true);
  };
  return (
    <>
      {running && <Spinner size="tiny" label={t.running} />}
      {result && (
        <>
          <h2>{t.title}</h2>
          <ul className={styles.list}>
            {result.items.map((item) => (
              <li key={item.id}>
                {t.outcome[item.outcome]}: {t.checks[item.id]}
                {item.detail ? ` — ${item.detail}` : ''}
              </li>
            ))}
          </ul>
          <Textarea aria-label={t.reportLabel} readOnly value={report} resize="vertical" />
          <Button onClick={() => void copy()}>{copied ? t.copied : t.copy}</Button>
        </>
      )}
    </>
  );
}
