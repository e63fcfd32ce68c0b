/** plan-tracker template -o NEW.xlsx: a new tracker laid out from the plan, ready to fill in. */
import type { Plan } from '../plan/types';
import { templateSheets, defaultFiscalYear } from '../summary/template';
import type { Lang } from '../core/lang';
import { workbookSpecToXlsx } from '../workbook/node-xlsx-writer';
import type { CliOptions } from './args';
import { UsageError } from './args';
import { CliFailure, loadPlan, type CliIo } from './main';
import { checkOutputPath, writeOutput } from './output-file';
import { CLI_TEXT } from './cli-text';

export interface TemplateFileOptions {
  plan: Plan;
  lang: Lang;
  fiscalYear?: number;
  department?: string;
  force?: boolean;
}

/** Writes a template to `output`; returns the tracker sheet's name, its measure rows and its year. */
export async function templateFile(
  output: string,
  options: TemplateFileOptions,
): Promise<{ sheet: string; rows: number; fiscalYear: number }> {
  const { plan } = options;
  const fiscalYear = options.fiscalYear ?? defaultFiscalYear(plan, new Date());
  const { startYear, endYear } = plan.period;
  if (fiscalYear < startYear || fiscalYear > endYear) {
    throw new CliFailure(
      `--fiscal-year は計画期間 ${startYear}〜${endYear}年度の中で指定してください / --fiscal-year must lie in the plan period FY${startYear}–FY${endYear}`,
      2,
    );
  }
  await checkOutputPath(output, options.force ?? false);
  const { tracker, planTable } = templateSheets(plan, { lang: options.lang, fiscalYear, department: options.department });
  await writeOutput(output, await workbookSpecToXlsx({ sheets: [tracker, planTable] }), options.force ?? false);
  return {
    sheet: tracker.name,
    rows: plan.policies.flatMap((p) => p.areas.flatMap((a) => a.initiatives.flatMap((i) => i.measures))).length,
    fiscalYear,
  };
}

export async function templateCommand(options: CliOptions, io: CliIo): Promise<number> {
  if (options.files.length > 0) throw new UsageError('noInput');
  if (!options.output) throw new UsageError('needsOutput', { command: 'template', file: 'NEW.xlsx' });
  const department = options.department?.trim() || undefined;
  const plan = await loadPlan(options.plan);
  const made = await templateFile(options.output, {
    plan,
    lang: options.lang,
    fiscalYear: options.fiscalYear,
    department,
    force: options.force,
  });
  io.stdout(CLI_TEXT[options.lang].template.created(options.output, made.sheet, made.fiscalYear, made.rows, department));
  return 0;
}
