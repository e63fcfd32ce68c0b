/** Adding a new, empty tracker sheet laid out from the plan. */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Plan } from '../plan/types';
import type { HostCapabilities, WriteResult } from '../workbook/host';
import type { PaneStrings } from './i18n';
import { WriteResultView } from './WriteResultView';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  button: { alignSelf: 'flex-start' },
});

/** The fiscal year (April–March) a date falls in. */
export function fiscalYearOfDate(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** This fiscal year when it lies in the plan's period, else the nearest year of the period. */
function defaultYear(plan: Plan, today: Date): number {
  const current = fiscalYearOfDate(today);
  return Math.min(plan.period.endYear, Math.max(plan.period.startYear, current));
}

interface TemplatePanelProps {
  plan: Plan;
  busy: boolean;
  capabilities: HostCapabilities | null;
  t: PaneStrings;
  written: WriteResult | null;
  onAdd: (fiscalYear: number | undefined, department: string) => void;
}

export function TemplatePanel({ plan, busy, capabilities, t, written, onAdd }: TemplatePanelProps) {
  const styles = useStyles();
  const { startYear, endYear, assumed } = plan.period;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const [year, setYear] = useState(String(defaultYear(plan, new Date())));
  const [department, setDepartment] = useState('');

  return (
    <div>
      <Text as="p" block size={200}>
        {t.template.intro}
      </Text>
      <Text as="p" block size={200}>
        {t.periodNote(startYear, endYear, assumed)}
      </Text>
      {capabilities && !capabilities.dataValidation && (
        <Text as="p" block size={200}>
          {t.template.noDropDowns}
        </Text>
      )}
      <div className={styles.form}>
        <Field label={t.template.fiscalYear}>
          <Select value={year} onChange={(_, d) => setYear(d.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {t.fiscalYearLabel(y)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.template.department}>
          <Input value={department} placeholder={t.template.departmentPlaceholder} onChange={(_, d) => setDepartment(d.value)} />
        </Field>
        <Button appearance="primary" className={styles.button} disabled={busy} onClick={() => onAdd(Number(year), department)}>
          {t.template.add}
        </Button>
      </div>
      {written && <WriteResultView result={written} t={t} />}
    </div>
  );
}
