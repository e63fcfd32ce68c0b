/**
 * 「動作確認」: a button that runs the self-check in the user's own Excel and shows the report,
 * with a copy button for the IT desk. Shown only where the host has a self-check (Excel).
 */
import { Button, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { selfCheckAction, selfCheckReport } from './self-check-report';
import type { SelfCheckResult, WorkbookHost } from '../workbook/host';
import type { Lang } from '../core/lang';
import { SELF_CHECK_STRINGS } from './self-check-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SelfCheckPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const t = SELF_CHECK_STRINGS[lang];
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (!host.selfCheck) return null;

  const run = async () => {
    setRunning(true);
    setFailure(null);
    setCopied(false);
    try {
      const outcome = await selfCheckAction(host);
      if (outcome) setResult(outcome);
      else setFailure(t.notAvailable);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };
  const report = result ? selfCheckReport(result, t) : '';
  const copy = async () => {
    await navigator.clipboard?.writeText(report);
    setCopied(true);
  };

  return (
    <section className={styles.root} aria-label={t.button}>
      <div>{t.intro}</div>
      <Button onClick={() => void run()} disabled={running}>
        {t.button}
      </Button>
      {running && <Spinner size="tiny" label={t.running} />}
      {failure && <div role="alert">{failure}</div>}
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
    </section>
  );
}
