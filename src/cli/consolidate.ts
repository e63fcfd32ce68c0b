/**
 * plan-tracker consolidate A.xlsx B.xlsx … -o ALL.xlsx: every department's tracker validated on its
 * own (a report per file), the rows merged with their source, conflicts between files flagged, and
 * the summary built over the whole. An unreadable file is reported and skipped; it never stops the
 * rest, but the command then ends with status 1 so a script notices. The inputs are only read.
 */
import { basename } from 'node:path';
import { consolidate, type Consolidation, type SourceFailure, type SourceResult } from '../consolidate/consolidate';
import { consolidationSheetsByRole } from '../consolidate/sheets';
import type { Plan } from '../plan/types';
import { printStamp, summarize, summarySheets, type Summary } from '../summary/index';
import type { Lang } from '../core/lang';
import { noTrackerMessage, validateWorkbook } from '../validate/validate-workbook';
import { readWorkbookFile, WorkbookReadError } from '../workbook/xlsx-file';
import { cutOverlongText, cutTextNote, type CutText } from '../workbook/excel-text-limit';
import { workbookSpecToXlsx } from '../workbook/node-xlsx-writer';
import { UsageError, type CliOptions } from './args';
import { historyText, recordHistory, writeHistoryFile, type HistoryOutcome, type SnapshotFlags } from './history-file';
import { CliFailure, loadPlan, type CliIo } from './main';
import { checkOutputPath, writeOutput } from './output-file';
import { CLI_TEXT } from './cli-text';

export interface ConsolidateFilesOptions extends SnapshotFlags {
  plan: Plan;
  lang: Lang;
  fiscalYear?: number;
  asOf?: string;
}

export interface ConsolidateFilesResult {
  consolidation: Consolidation;
  summary: Summary;
  sheets: string[];
  history: HistoryOutcome;
  /** Texts longer than Excel's cell limit, cut in OUT. */
  cut: CutText[];
}

/** Names each source by its file name, or its path where two files share a name. */
function sourceNames(inputs: string[]): string[] {
  const names = inputs.map((p) => basename(p));
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? inputs[i] : n));
}

export async function consolidateFiles(
  inputs: string[],
  output: string,
  options: ConsolidateFilesOptions,
): Promise<ConsolidateFilesResult> {
  await checkOutputPath(output, options.force ?? false, ...inputs);
  const names = sourceNames(inputs);
  const results: SourceResult[] = [];
  const failures: SourceFailure[] = [];
  const t = CLI_TEXT[options.lang].consolidate;
  for (let i = 0; i < inputs.length; i++) {
    try {
      const result = validateWorkbook(await readWorkbookFile(inputs[i]), options.plan, { lang: options.lang });
      if (result.trackers.length === 0) failures.push({ source: names[i], reason: noTrackerMessage(options.lang) });
      else results.push({ source: names[i], result });
    } catch (error) {
      // Whatever goes wrong with one file (unreadable, too large, a fault in reading it) skips that
      // file only; the others are still consolidated.
      const reason = error instanceof WorkbookReadError ? error.message : t.unexpected((error as Error)?.message ?? String(error));
      failures.push({ source: names[i], reason });
    }
  }
  if (results.length === 0) {
    throw new CliFailure(t.nothingRead(failures), 2);
  }
  const consolidation = consolidate(results, failures);
  const summary = summarize(consolidation.merged, options.plan, {
    lang: options.lang,
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    createdOn: options.today,
  });
  const { meeting, tables } = summarySheets(summary, consolidation.merged, options.plan, { lang: options.lang });
  const { sources, conflicts, merged } = consolidationSheetsByRole(consolidation, options.lang, printStamp(summary));
  const history = await recordHistory(summary, consolidation.merged, options.lang, output, options);
  // The meeting sheet first, then the per-file report and the conflicts someone must settle. The
  // summary's rows-as-read sheet is left out: 統合 already holds every row, with its source.
  const sheets = [meeting, sources, conflicts, ...history.changeSheets, ...tables, merged, history.historySheet];
  const cut = cutOverlongText({ sheets });
  await writeOutput(output, await workbookSpecToXlsx({ sheets }), options.force ?? false);
  if (options.history) await writeHistoryFile(options.history, history);
  return { consolidation, summary, sheets: sheets.map((s) => s.name), history, cut };
}

function consolidationText(output: string, run: ConsolidateFilesResult, lang: Lang): string {
  const { consolidation: c } = run;
  const t = CLI_TEXT[lang].consolidate;
  const lines: string[] = [];
  const counts = CLI_TEXT[lang].report.counts;
  for (const s of c.sources) lines.push(s.failure ? t.skipped(s.source, s.failure) : t.read(s.source, s.rowCount, counts(s.counts)));
  lines.push(t.conflicts(c.conflicts.length));
  for (const conflict of c.conflicts.slice(0, 10)) {
    const who = conflict.entries.map((e) => `${e.source} ${e.status ?? '—'} ${e.progress ?? '—'}%`).join(' / ');
    lines.push(`  ${conflict.measure} ${conflict.measureTitle}（${conflict.fiscalYear}）: ${who}`);
  }
  if (c.conflicts.length > 10) lines.push(`  … ${c.conflicts.length - 10}`);
  lines.push(t.wrote(output, run.sheets));
  lines.push(historyText(run.history, lang));
  const note = cutTextNote(run.cut, lang);
  if (note) lines.push(note);
  return lines.join('\n');
}

export async function consolidateCommand(options: CliOptions, io: CliIo): Promise<number> {
  if (options.files.length < 1) throw new UsageError('filesNeeded');
  if (!options.output) throw new UsageError('needsOutput', { command: 'consolidate', file: 'ALL.xlsx' });
  const plan = await loadPlan(options.plan);
  const run = await consolidateFiles(options.files, options.output, {
    plan,
    lang: options.lang,
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    compare: options.compare,
    force: options.force,
    history: options.history,
    newSnapshot: options.newSnapshot,
  });
  if (options.format === 'json') {
    const { consolidation: c, summary } = run;
    io.stdout(JSON.stringify({ sources: c.sources, conflicts: c.conflicts, summary }, null, 2));
  } else {
    io.stdout(consolidationText(options.output, run, options.lang));
  }
  return run.consolidation.sources.some((s) => s.failure !== undefined) ? 1 : 0;
}
