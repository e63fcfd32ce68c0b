/**
 * plan-tracker plan import PLAN.txt -o plan.json|plan.xlsx: a plan read from its document's text,
 * written as a plan file or as the plan sheet staff check and edit. Prints what was found and every
 * line not placed; a document the plan cannot be built from ends with status 2.
 */
import { promises as fs } from 'node:fs';
import { importPlanDocument } from '../plan/plan-document';
import { IMPORT_REPORT, importProblemMessage } from '../plan/plan-messages';
import { planCounts } from '../plan/plan-tree';
import { planTableSheet } from '../summary/plan-table-sheet';
import { workbookSpecToXlsx } from '../workbook/node-xlsx-writer';
import { UsageError, type CliOptions } from './args';
import { CliFailure, type CliIo } from './main';
import { checkOutputPath, writeOutput } from './output-file';

export async function planImportCommand(options: CliOptions, io: CliIo): Promise<number> {
  const [input, ...extra] = options.files.slice(1);
  if (!input || extra.length > 0) throw new UsageError('importOneFile');
  if (!options.output) throw new UsageError('importNeedsOutput');
  const asSheet = /\.xlsx$/i.test(options.output);
  if (!asSheet && !/\.json$/i.test(options.output)) throw new UsageError('importOutputKind');
  if ((options.startYear === undefined) !== (options.endYear === undefined)) throw new UsageError('importYearsTogether');

  let source: string;
  try {
    source = await fs.readFile(input, 'utf8');
  } catch {
    throw new CliFailure(`プラン文書を開けません / cannot open the plan document: ${input}`, 2);
  }
  const period =
    options.startYear !== undefined && options.endYear !== undefined
      ? { startYear: options.startYear, endYear: options.endYear }
      : undefined;
  if (period && period.endYear < period.startYear) throw new UsageError('importYearOrder');
  const result = importPlanDocument(source, { period });
  const report = IMPORT_REPORT[options.lang];
  const lines: string[] = [];
  if (result.unplaced.length > 0) {
    lines.push(report.unplacedHeader(result.unplaced.length));
    for (const u of result.unplaced) lines.push(report.unplacedLine(u.line, u.text));
  }
  if (!result.plan) {
    io.stderr([report.failed(input), ...result.problems.map((p) => `  ${importProblemMessage(p, options.lang)}`), ...lines].join('\n'));
    return 2;
  }
  const plan = result.plan;
  const challenges = plan.policies.reduce((n, p) => n + p.challenges.length, 0);
  await checkOutputPath(options.output, options.force, input);
  const bytes = asSheet
    ? await workbookSpecToXlsx({ sheets: [planTableSheet(plan, options.lang)] })
    : new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`);
  await writeOutput(options.output, bytes, options.force);
  io.stdout(
    [
      `${plan.name}: ${report.found(planCounts(plan), plan.attitudes.length, challenges)}`,
      report.period(plan.period.startYear, plan.period.endYear, result.periodSource),
      ...lines,
      report.wrote(options.output),
    ].join('\n'),
  );
  return 0;
}
