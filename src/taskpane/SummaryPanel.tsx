/**
 * Building the summary sheets and charts in the workbook, for every year or one fiscal year: with
 * today's snapshot recorded and what changed since a chosen earlier one, over the whole workbook
 * or over its tracker sheets merged (with the conflicts between them).
 */
import { Button, Checkbox, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { latestBefore, recordedSnapshots, type SnapshotOutcome } from '../app/history';
import type { WorkbookData } from '../core/cell';
import { compareSnapshots } from '../history/changes';
import type { RecordedSnapshot } from '../history/history-sheet';
import { localDate } from '../history/snapshot';
import type { ValidationResult } from '../validate/validate-workbook';
import { ChangesView } from './ChangesView';
import { ConflictsView } from './ConflictsView';
import { EditedSheetsPrompt } from './EditedSheetsPrompt';
import type { PaneStrings } from './i18n';
import type { BuildRequest, SummaryBuild } from './pane-state';
import { WriteResultView } from './WriteResultView';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
  },
});

const NO_COMPARISON = 'none';

interface SummaryPanelProps {
  result: ValidationResult;
  busy: boolean;
  t: PaneStrings;
  /** The cells as read and the add-in's own sheets: the snapshots recorded are found among them. */
  workbook: WorkbookData;
  ownSheets: readonly string[];
  /** The last build, to show what it wrote, recorded and found. */
  build: SummaryBuild | null;
  onBuild: (request: BuildRequest) => void;
  onConsolidate: (request: BuildRequest) => void;
  /** YYYY-MM-DD; today by default (the default comparison is the latest record before it). */
  today?: string;
}

export function SummaryPanel({
  result,
  busy,
  t,
  workbook,
  ownSheets,
  build,
  onBuild,
  onConsolidate,
  today = localDate(),
}: SummaryPanelProps) {
  const styles = useStyles();
  // Read again only when the cells or the add-in's sheets change (a build writes the history).
  const snapshots = useMemo(() => recordedSnapshots(workbook, ownSheets), [workbook, ownSheets]);
  const years = useMemo(() => {
    const set = new Set<number>();
    for (const row of result.rows) if (row.values.fiscalYear !== null) set.add(row.values.fiscalYear);
    return [...set].sort((a, b) => a - b);
  }, [result.rows]);
  const [year, setYear] = useState('');
  const [record, setRecord] = useState(true);
  const [again, setAgain] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  // The build whose question the user cancelled.
  const [cancelled, setCancelled] = useState<SummaryBuild | null>(null);
  const hasTracker = result.trackers.length > 0;
  const canConsolidate = result.trackers.length >= 2;

  const history = build?.result.history;
  // The snapshot a build just recorded is "now": it is not something to compare with.
  const options = useMemo(() => snapshots.filter((s) => s.sequence !== history?.recordedAs), [snapshots, history]);
  const fallback = latestBefore(options, today);
  const chosen =
    choice === NO_COMPARISON || options.some((s) => String(s.sequence) === choice)
      ? choice!
      : fallback
        ? String(fallback.sequence)
        : NO_COMPARISON;
  const compareWith = chosen === NO_COMPARISON ? null : Number(chosen);

  const request = (): BuildRequest => ({ fiscalYear: year === '' ? undefined : Number(year), record, again: record && again, compareWith });

  return (
    <div>
      <Text as="p" block size={200}>
        {t.summary.intro}
      </Text>
      {!hasTracker && (
        <Text as="p" block>
          {t.summary.needTracker}
        </Text>
      )}
      {result.counts.error > 0 && (
        <Text as="p" block size={200}>
          {t.summary.errorsNote(result.counts.error)}
        </Text>
      )}
      <div className={styles.form}>
        <Field label={t.summary.fiscalYear}>
          <Select value={year} onChange={(_, d) => setYear(d.value)}>
            <option value="">{t.summary.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {t.fiscalYearLabel(y)}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t.summary.snapshotLegend}</legend>
          <Checkbox label={t.summary.record} checked={record} onChange={(_, d) => setRecord(d.checked === true)} />
          <Checkbox
            label={t.summary.again}
            checked={record && again}
            disabled={!record}
            onChange={(_, d) => setAgain(d.checked === true)}
          />
          {options.length === 0 ? (
            <Text as="p" block size={200}>
              {t.summary.noSnapshots}
            </Text>
          ) : (
            <Field label={t.summary.compareWith}>
              <Select value={chosen} onChange={(_, d) => setChoice(d.value)}>
                {[...options].reverse().map((s) => (
                  <option key={s.sequence} value={s.sequence}>
                    {t.summary.snapshotOption(s.sequence, s.date)}
                  </option>
                ))}
                <option value={NO_COMPARISON}>{t.summary.compareNone}</option>
              </Select>
            </Field>
          )}
        </fieldset>
        <Button appearance="primary" disabled={busy || !hasTracker} onClick={() => onBuild(request())}>
          {t.summary.build}
        </Button>
      </div>

      <h2 className={styles.heading}>{t.summary.consolidateTitle}</h2>
      <Text as="p" block size={200}>
        {t.summary.consolidateIntro}
      </Text>
      {!canConsolidate && (
        <Text as="p" block size={200}>
          {t.summary.consolidateNeedsTwo}
        </Text>
      )}
      <div className={styles.form}>
        <Button disabled={busy || !canConsolidate} onClick={() => onConsolidate(request())}>
          {t.summary.consolidate}
        </Button>
      </div>

      {build?.result.needsConfirmation && build !== cancelled && (
        <EditedSheetsPrompt
          sheets={build.result.needsConfirmation}
          busy={busy}
          t={t}
          onChoose={(whenEdited) => (build.kind === 'summary' ? onBuild : onConsolidate)({ ...(build.request ?? request()), whenEdited })}
          onCancel={() => setCancelled(build)}
        />
      )}
      {build && !build.result.needsConfirmation && <WriteResultView result={build.result} t={t} />}
      {build?.kind === 'consolidate' && <ConflictsView conflicts={build.result.consolidation.conflicts} t={t} />}
      {history && <BuildChanges history={history} options={options} compareWith={compareWith} t={t} />}
    </div>
  );
}

/**
 * The changes of the last build; when the user has since chosen another snapshot, the changes
 * against that one (computed here, the snapshots are at hand) and a word that the sheet differs.
 */
function BuildChanges({
  history,
  options,
  compareWith,
  t,
}: {
  history: SnapshotOutcome;
  options: readonly RecordedSnapshot[];
  compareWith: number | null;
  t: PaneStrings;
}) {
  const written = history.comparedWith ?? null;
  const shown = useMemo(() => {
    if (compareWith === (written?.sequence ?? null)) return history.changes;
    const other = options.find((s) => s.sequence === compareWith);
    return other ? compareSnapshots(other, history.current) : undefined;
  }, [history, options, compareWith, written]);
  const differs = compareWith !== (written?.sequence ?? null);
  const recordNote =
    history.recordedAs !== null
      ? t.changes.recorded(history.recordedAs, history.today)
      : history.notRecordedBecause === 'same-day'
        ? t.changes.sameDay(history.today)
        : t.changes.notAsked;
  const sheetNote = differs ? t.changes.sheetDiffers(written ? t.summary.snapshotOption(written.sequence, written.date) : null) : undefined;
  return <ChangesView changes={shown} recordNote={recordNote} sheetNote={sheetNote} t={t} />;
}
