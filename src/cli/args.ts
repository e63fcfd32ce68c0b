/** Command-line argument parsing for plan-tracker (node's parseArgs, with usage errors as exit 2). */
import { parseArgs } from 'node:util';
import { parseDate, parseFiscalYear } from '../tracker/values';
import { isCommandName, UsageError, type CommandName } from './help';

export { UsageError };

/** `--help`, `-h` or no command at all: print the help (of one command when named) and exit 0. */
export class HelpRequest {
  constructor(readonly command?: CommandName) {}
}

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
  /** --as-of: the day the figures are as of, YYYY-MM-DD. */
  asOf?: string;
  /** --compare DATE|N: the snapshot to compare with. */
  compare?: string;
}

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
        'as-of': { type: 'string' },
        compare: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError('badOption', { detail: (error as Error).message });
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || positionals.length === 0) throw new HelpRequest(isCommandName(command) ? command : undefined);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('format', { value: String(values.format) });
  if (values.lang !== 'ja' && values.lang !== 'en') throw new UsageError('lang', { value: String(values.lang) });
  let fiscalYear: number | undefined;
  if (values['fiscal-year'] !== undefined) {
    // Every form a cell takes: 2025, 2025年度, R7, 令和7年度, H31/R1 …
    const parsedYear = parseFiscalYear(values['fiscal-year']);
    if (!parsedYear.ok || parsedYear.value === null) throw new UsageError('fiscalYear', { value: values['fiscal-year'] });
    fiscalYear = parsedYear.value;
  }
  let asOf: string | undefined;
  if (values['as-of'] !== undefined) {
    const parsedDate = parseDate(values['as-of']);
    if (!parsedDate.ok || parsedDate.value === null) throw new UsageError('asOf', { value: values['as-of'] });
    asOf = parsedDate.value;
  }
  const yearOption = (name: 'start-year' | 'end-year'): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const y = Number(raw);
    if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new UsageError('year', { name, value: String(raw) });
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
    asOf,
    compare: values.compare,
  };
}

/** The language asked for, read leniently so that even a usage error is said in it. */
export function langOf(argv: string[]): 'ja' | 'en' {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return 'ja';
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  return value === 'en' ? 'en' : 'ja';
}
