/** plan-tracker: the engine of the add-in, on .xlsx files. Exit 0 ok, 1 errors found, 2 unreadable input. */
import { promises as fs } from 'node:fs';
import { DEFAULT_PLAN } from '../plan/default-plan';
import { parsePlanFile, PlanFileError } from '../plan/plan-file';
import { planOutline } from '../plan/plan-text';
import type { Plan } from '../plan/types';
import { validateWorkbook, noTrackerMessage } from '../validate/validate-workbook';
import { readWorkbookFileWithPlan, WorkbookReadError } from '../workbook/xlsx-file';
import { planFromSheet } from '../plan/plan-sheet';
import type { CellValue } from '../core/cell';
import { HelpRequest, langOf, parseCli, UsageError, type CliOptions } from './args';
import { commandHelp, overallHelp, synopses } from './help';
import { PlanSheetError } from '../plan/plan-table';
import { planImportCommand } from './plan-import';
import { validationReport } from './report';
import { CLI_TEXT } from './cli-text';

/** A failure that ends the command with a one-line message and a status. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A plan file (JSON), or a workbook whose plan sheet holds the plan (`plan import -o plan.xlsx`, a template). */
export async function loadPlan(path: string | undefined): Promise<Plan> {
  if (!path) return DEFAULT_PLAN;
  if (/\.xlsx$/i.test(path)) {
    const { planValues } = await readWorkbookFileWithPlan(path);
    if (!planValues) throw new CliFailure(`${path}: プランシートがありません / no plan sheet in this workbook`, 2);
    return (await planForWorkbook(undefined, planValues, path)).plan;
  }
  let source: string;
  try {
    source = await fs.readFile(path, 'utf8');
  } catch {
    throw new CliFailure(`プランファイルを開けません / cannot open plan file: ${path}`, 2);
  }
  try {
    return parsePlanFile(source);
  } catch (error) {
    if (error instanceof PlanFileError)
      throw new CliFailure(`プランファイルが正しくありません / bad plan file ${path}: ${error.message}`, 2);
    throw error;
  }
}

/**
 * The plan a tracker file is checked against: --plan FILE, else the plan the workbook keeps in its
 * plan sheet (a template carries one), else the embedded default plan.
 */
export async function planForWorkbook(
  planPath: string | undefined,
  planValues: CellValue[][] | null,
  file: string,
): Promise<{ plan: Plan; fromWorkbook: boolean }> {
  if (planPath) return { plan: await loadPlan(planPath), fromWorkbook: false };
  if (!planValues) return { plan: DEFAULT_PLAN, fromWorkbook: false };
  try {
    return { plan: planFromSheet(planValues), fromWorkbook: true };
  } catch (error) {
    if (error instanceof PlanSheetError)
      throw new CliFailure(
        `${file}: ブック内のプランシートが正しくありません / the workbook's plan sheet has mistakes:\n${error.message}`,
        2,
      );
    if (error instanceof PlanFileError)
      throw new CliFailure(
        `${file}: ブック内のプランシートが正しくありません / the workbook's plan sheet is not a valid plan: ${error.message}`,
        2,
      );
    throw error;
  }
}

function oneFile(options: CliOptions): string {
  if (options.files.length !== 1) throw new UsageError('oneFile', { command: options.command });
  return options.files[0];
}

async function validateCommand(options: CliOptions, io: CliIo): Promise<number> {
  const file = oneFile(options);
  const { data, planValues } = await readWorkbookFileWithPlan(file);
  const { plan, fromWorkbook } = await planForWorkbook(options.plan, planValues, file);
  const previousPlan = options.previousPlan ? await loadPlan(options.previousPlan) : undefined;
  const result = validateWorkbook(data, plan, { lang: options.lang, previousPlan });
  if (result.trackers.length === 0) throw new CliFailure(`${file}: ${noTrackerMessage(options.lang)}`, 2);
  if (options.format === 'json') {
    const issues = result.issues.map(({ sheet, cell, row, field, rule, severity, message, value, fix }) => ({
      sheet,
      cell,
      row,
      field,
      rule,
      severity,
      message,
      value,
      ...(fix ? { fix } : {}),
    }));
    io.stdout(JSON.stringify({ issues, sheets: result.sheets, counts: result.counts }, null, 2));
  } else {
    if (fromWorkbook) io.stdout(CLI_TEXT[options.lang].workbookPlan(plan.name));
    io.stdout(validationReport(file, result, options.lang));
  }
  return result.counts.error > 0 ? 1 : 0;
}

async function planCommand(options: CliOptions, io: CliIo): Promise<number> {
  if (options.files[0] === 'import') return planImportCommand(options, io);
  if (options.files.length > 0) throw new UsageError('planTakesNoFile', { file: options.files[0] });
  const plan = await loadPlan(options.plan);
  io.stdout(options.format === 'json' ? JSON.stringify(plan, null, 2) : planOutline(plan, options.lang));
  return 0;
}

type Command = (options: CliOptions, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  plan: planCommand,
};

/** Registers a command (summarize, template …) from its own module. */
export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCli(argv);
    const command = COMMANDS[options.command];
    if (!command) throw new UsageError('unknownCommand', { command: options.command });
    return await command(options, io);
  } catch (error) {
    const lang = langOf(argv);
    if (error instanceof HelpRequest) {
      io.stdout(error.command ? commandHelp(error.command, lang) : overallHelp(lang));
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr(CLI_TEXT[lang].usage(error.text(lang), synopses()));
      return 2;
    }
    if (error instanceof CliFailure) {
      io.stderr(error.message);
      return error.status;
    }
    if (error instanceof WorkbookReadError) {
      io.stderr(error.message);
      return 2;
    }
    io.stderr(`予期しないエラー / unexpected error: ${(error as Error).message ?? String(error)}`);
    return 2;
  }
}
