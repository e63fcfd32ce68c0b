/** Command-line argument parsing for plan-tracker (node's parseArgs, with usage errors as exit 2). */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface CliOptions {
  command: string;
  files: string[];
  plan?: string;
  format: 'text' | 'json';
  lang: 'ja' | 'en';
  output?: string;
  force: boolean;
  fiscalYear?: number;
  department?: string;
  history?: string;
  /** Record a second snapshot on a day that already has one. */
  newSnapshot: boolean;
  /** The earlier edition of the plan, for plan-revision. */
  previousPlan?: string;
  /** The plan's period for `plan import` when the document states none. */
  startYear?: number;
  endYear?: number;
}

export const USAGE = `使い方 / usage:
  plan-tracker validate FILE.xlsx [--plan PLAN] [--previous-plan PLAN] [--format text|json] [--lang ja|en]
  plan-tracker summarize FILE.xlsx -o OUT.xlsx [--plan PLAN] [--format text|json] [--fiscal-year Y] [--lang ja|en] [--force] [--history HISTORY.xlsx] [--new-snapshot]
  plan-tracker consolidate A.xlsx B.xlsx … -o ALL.xlsx [--plan PLAN] [--format text|json] [--fiscal-year Y] [--lang ja|en] [--force] [--history HISTORY.xlsx]
  plan-tracker template -o NEW.xlsx [--plan PLAN] [--fiscal-year 2025] [--department 課名] [--lang ja|en] [--force]
  plan-tracker plan [--plan PLAN] [--format text|json] [--lang ja|en]
  plan-tracker plan import PLAN.txt -o plan.json|plan.xlsx [--start-year Y --end-year Y] [--lang ja|en] [--force]`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'ja' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        'fiscal-year': { type: 'string' },
        department: { type: 'string' },
        history: { type: 'string' },
        'new-snapshot': { type: 'boolean', default: false },
        'previous-plan': { type: 'string' },
        'start-year': { type: 'string' },
        'end-year': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) throw new UsageError('');
  const [command, ...files] = positionals;
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}`);
  if (values.lang !== 'ja' && values.lang !== 'en') throw new UsageError(`--lang must be ja or en, not ${values.lang}`);
  let fiscalYear: number | undefined;
  if (values['fiscal-year'] !== undefined) {
    fiscalYear = Number(values['fiscal-year']);
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 2200) throw new UsageError(`--fiscal-year must be a year such as 2025, not ${values['fiscal-year']}`);
  }
  const yearOption = (name: 'start-year' | 'end-year'): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const y = Number(raw);
    if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new UsageError(`--${name} must be a year such as 2025, not ${raw}`);
    return y;
  };
  return {
    command,
    files,
    plan: values.plan,
    format: values.format,
    lang: values.lang,
    output: values.output,
    force: values.force ?? false,
    fiscalYear,
    department: values.department,
    history: values.history,
    newSnapshot: values['new-snapshot'] ?? false,
    previousPlan: values['previous-plan'],
    startYear: yearOption('start-year'),
    endYear: yearOption('end-year'),
  };
}
