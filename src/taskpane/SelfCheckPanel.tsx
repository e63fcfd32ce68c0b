/**
 * 「動作確認」: a button that runs the self-check in the user's own Excel and shows the report,
 * with a copy button for the IT desk. Shown only where the host has a self-check (Excel).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { selfCheckAction } from './self-check-report';
import type { SelfCheckResult, WorkbookHost } from '../workbook/host';
import type { Lang } from '../core/lang';
import { SELF_CHECK_STRINGS } from './self-check-strings';

// What the check found (the report, its copy button): loaded with the first run, not with the pane.
const SelfCheckOutcome = lazy(() =>
  import(/* webpackChunkName: "pane-self-check" */ './SelfCheckOutcome.js').then((m) => ({ default: m.SelfCheckOutcome })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

export function SelfCheckPanel({ host, lang }: { host: WorkbookHost; lang: Lang }) {
  const t = SELF_CHECK_STRINGS[lang];
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  if (!host.selfCheck) return null;

  const run = async () => {
    setAsked(true);
    setRunning(true);
    setFailure(null);
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

  return (
    <section className={styles.root} aria-label={t.button}>
      <div>{t.intro}</div>
      <Button onClick={() => void run()} disabled={running}>
        {t.button}
      </Button>
      {failure && <div role="alert">{failure}</div>}
      {asked && (
        <Suspense fallback={running ? <div>{t.running}</div> : null}>
          <SelfCheckOutcome running={running} result={result} t={t} />
        </Suspense>
      )}
    </section>
  );
}
