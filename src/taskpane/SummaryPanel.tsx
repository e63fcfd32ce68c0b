/** Building the summary sheets and charts in the workbook, for every year or one fiscal year. */
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ValidationResult } from '../validate/validate-workbook';
import type { WriteResult } from '../workbook/host';
import type { PaneStrings } from './i18n';
import { WriteResultView } from './WriteResultView';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM, margin: `${tokens.spacingVerticalM} 0` },
});

interface SummaryPanelProps {
  result: ValidationResult;
  busy: boolean;
  t: PaneStrings;
  written: WriteResult | null;
  onBuild: (fiscalYear: number | undefined) => void;
}

export function SummaryPanel({ result, busy, t, written, onBuild }: SummaryPanelProps) {
  const styles = useStyles();
  const years = useMemo(() => {
    const set = new Set<number>();
    for (const row of result.rows) if (row.values.fiscalYear !== null) set.add(row.values.fiscalYear);
    return [...set].sort((a, b) => a - b);
  }, [result.rows]);
  const [year, setYear] = useState('');
  const hasTracker = result.trackers.length > 0;

  return (
    <div>
      <Text as="p" block size={200}>{t.summary.intro}</Text>
      {!hasTracker && <Text as="p" block>{t.summary.needTracker}</Text>}
      {result.counts.error > 0 && <Text as="p" block size={200}>{t.summary.errorsNote(result.counts.error)}</Text>}
      <div className={styles.form}>
        <Field label={t.summary.fiscalYear}>
          <Select value={year} onChange={(_, d) => setYear(d.value)}>
            <option value="">{t.summary.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>{t.fiscalYearLabel(y)}</option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy || !hasTracker} onClick={() => onBuild(year === '' ? undefined : Number(year))}>
          {t.summary.build}
        </Button>
      </div>
      {written && <WriteResultView result={written} t={t} />}
    </div>
  );
}
