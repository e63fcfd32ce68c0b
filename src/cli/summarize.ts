/**
 * plan-tracker summarize FILE -o OUT: reads FILE (never writes it), validates and summarises its
 * trackers, and writes OUT — a new workbook with the summary sheets, native charts and the rows
 * as read. Exit 0 when OUT is written, even if the trackers have errors (the text says how many).
 */
import type { Plan } from '../plan/types';
import { STATUSES } from '../tracker/fields';
import { datesLine, summarize, summarySheets, type Summary } from '../summary/index';
import { summaryLabels } from '../summary/labels';
import type { Lang } from '../core/lang';
import { noTrackerMessage, validateWorkbook, type ValidationResult } from '../validate/validate-workbook';
import { readWorkbookFileWithPlan } from '../workbook/xlsx-file';
import { cutOverlongText, cutTextNote, type CutText } from '../workbook/excel-text-limit';
import { workbookSpecToXlsx } from '../workbook/node-xlsx-writer';
import type { CliOptions } from './args';
import { UsageError } from './args';
import { CliFailure, loadPlan, planForWorkbook, type CliIo } from './main';
import { historyText, recordHistory, writeHistoryFile, type HistoryOutcome, type SnapshotFlags } from './history-file';
import { checkOutputPath, writeOutput } from './output-file';
import { CLI_TEXT } from './cli-text';

export interface SummarizeFileOptions extends SnapshotFlags {
  /** The plan given with --plan; without it, the workbook's plan sheet or the default plan. */
  plan?: Plan;
  lang: Lang;
  fiscalYear?: number;
  /** 基準日, YYYY-MM-DD; today when absent. */
  asOf?: string;
}

export interface SummarizeFileResult {
  summary: Summary;
  result: ValidationResult;
  /** Sheet names written to OUT. */
  sheets: string[];
  history: HistoryOutcome;
  /** Texts longer than Excel's cell limit, cut in OUT. */
  cut: CutText[];
}

/**
 * The whole summarize: read, validate, summarise, lay out, write. Throws CliFailure (exit 2) for
 * an output it must not write, an input without a tracker, and (via the reader) unreadable input.
 */
export async function summarizeFile(input: string, output: string, options: SummarizeFileOptions): Promise<SummarizeFileResult> {
  await checkOutputPath(output, options.force ?? false, input);
  const { plan, result } = await readAndValidate(input, options);
  if (result.trackers.length === 0) throw new CliFailure(`${input}: ${noTrackerMessage(options.lang)}`, 2);
  const summary = summarize(result, plan, {
    lang: options.lang,
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    createdOn: options.today,
  });
  const { meeting, tables, rows } = summarySheets(summary, result, plan, { lang: options.lang });
  const history = await recordHistory(summary, result, options.lang, output, options);
  // The meeting sheet first, then what moved since last time, the tables, and the history last.
  const spec = { sheets: [meeting, ...history.changeSheets, ...tables, rows, history.historySheet] };
  const cut = cutOverlongText(spec);
  await writeOutput(output, await workbookSpecToXlsx(spec), options.force ?? false);
  if (options.history) await writeHistoryFile(options.history, history);
  return { summary, result, sheets: spec.sheets.map((s) => s.name), history, cut };
}

/**
 * The input read and validated. Its cells are not kept past this: on a long tracker they are a large
 * part of the heap, which the summary and the writer would otherwise carry (and collect over) to the end.
 */
async function readAndValidate(input: string, options: SummarizeFileOptions): Promise<{ plan: Plan; result: ValidationResult }> {
  const { data, planValues } = await readWorkbookFileWithPlan(input);
  const plan = options.plan ?? (await planForWorkbook(undefined, planValues, input)).plan;
  return { plan, result: validateWorkbook(data, plan, { lang: options.lang }) };
}

const percent = (value: number | null, digits = 1) => (value === null ? '—' : `${value.toFixed(digits)}%`);

/** A few lines for the terminal: what was written, the totals, each policy. */
export function summaryText(input: string, output: string, run: SummarizeFileResult, lang: Lang): string {
  const { summary } = run;
  const labels = summaryLabels(lang);
  const text = CLI_TEXT[lang];
  const t = summary.total;
  // Every row in one status; a row left out of the mean counted with why; no KPI figure without KPI columns.
  const figures = (g: typeof t) =>
    text.summarize.figures({
      rows: g.rows,
      statuses: STATUSES.map((s) => `${labels.status(s)} ${g.byStatus[s]}`).join(text.listSeparator),
      noStatusLabel: labels.noStatus,
      noStatus: g.noStatus,
      mean: percent(g.progress.mean),
      noValue: g.progress.noValue,
      outOfRange: g.progress.outOfRange,
      kpi: summary.hasKpi ? text.summarize.kpi(g.kpi.reached, g.kpi.count) : '',
    });
  const lines = [
    text.summarize.wrote(input, output, run.sheets),
    labels.period(summary.plan.period.startYear, summary.plan.period.endYear, summary.plan.period.assumed),
    datesLine(summary, lang),
  ];
  if (summary.rowsLeftOut.subtotal + summary.rowsLeftOut.notFilledIn > 0)
    lines.push(labels.leftOutNote(summary.rowsLeftOut.subtotal, summary.rowsLeftOut.notFilledIn));
  if (summary.fiscalYear !== null) lines.push(labels.filterNote(summary.fiscalYear, summary.rowsOutsideFilter));
  lines.push(labels.issuesNote(summary.issues.error, summary.issues.warning, t.rowsWithErrors));
  lines.push(`${labels.total}: ${figures(t)}`);
  for (const g of summary.byPolicy) lines.push(`  ${labels.policy}${g.key}: ${figures(g)}`);
  if (summary.unplaced.rows > 0) lines.push(`  ${labels.unplaced}: ${figures(summary.unplaced)}`);
  lines.push(`${labels.attentionTitle}: ${summary.attention.length}`);
  lines.push(historyText(run.history, lang));
  const note = cutTextNote(run.cut, lang);
  if (note) lines.push(note);
  return lines.join('\n');
}

export async function summarizeCommand(options: CliOptions, io: CliIo): Promise<number> {
  if (options.files.length !== 1) throw new UsageError('oneFile', { command: 'summarize' });
  if (!options.output) throw new UsageError('needsOutput', { command: 'summarize', file: 'OUT.xlsx' });
  const plan = options.plan ? await loadPlan(options.plan) : undefined;
  const [input] = options.files;
  const run = await summarizeFile(input, options.output, {
    plan,
    lang: options.lang,
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    compare: options.compare,
    force: options.force,
    history: options.history,
    newSnapshot: options.newSnapshot,
  });
  io.stdout(options.format === 'json' ? JSON.stringify(run.summary, null, 2) : summaryText(input, options.output, run, options.lang));
  return 0;
}
