/**
 * What the ribbon's "validate" and "build summary" buttons do, without the pane: read the
 * workbook through the host, validate, then highlight and list the issues, or write the summary
 * sheets.
 */
import { buildSummaryAction, highlightAction, loadWorkbookState } from '../app/actions';
import type { Plan } from '../plan/types';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';
import type { WorkbookHost, WriteResult } from '../workbook/host';
import { HostError } from '../workbook/office/host-error';
import { editedNoticeSpec } from './edited-notice';
import { commandErrorSpec, issueListSpec } from './issue-list';
import { COMMANDS_TEXT } from './commands-text';

export type CommandName = 'validate' | 'buildSummary';

export interface CommandOutcome {
  result: ValidationResult;
  written: WriteResult;
  highlighted?: number;
  /** Names the notice sheet was written under, when the build left edited sheets to the user. */
  notice?: string;
}

/** Office's display language (`ja-JP`, `en-US` …) → the language of messages and sheets. */
export function commandLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** `2025-06-01 10:30` in local time, for the title of the issue list. */
export function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Every visible sheet is validated, the add-in's own included: a tracker sheet made from the
 * template is the add-in's sheet too, and summary sheets and issue lists are not trackers anyway.
 * The plan is the workbook's own plan sheet when it keeps a valid one, else `plan`.
 *
 * Validate: highlight the bad cells (replacing earlier highlights) and write the issue list. A
 * highlight Excel refuses (a protected tracker sheet) does not cost the list: the list says why.
 */
export async function validateCommand(host: WorkbookHost, plan: Plan, lang: Lang, now = new Date()): Promise<CommandOutcome> {
  const { result, plan: inUse } = await loadWorkbookState(host, plan, lang);
  let highlighted: number | undefined;
  const notes: string[] = [];
  const t = COMMANDS_TEXT[lang].issueList;
  if (inUse.sheetProblem) notes.push(t.planSheetNote(inUse.sheetProblem));
  try {
    highlighted = await highlightAction(host, result.issues);
  } catch (error) {
    notes.push(error instanceof Error ? error.message : String(error));
  }
  const note = notes.length > 0 ? notes.join(t.noteSeparator) : undefined;
  const written = await host.writeSheets(issueListSpec(result, { lang, generatedAt: timestamp(now), note }));
  return { result, written, highlighted };
}

/**
 * Build summary: the summary sheets and charts of the engine's layout, in this workbook, with
 * today's snapshot recorded and the changes since the last one, as a build from the pane does.
 * There is no pane to ask: an add-in sheet the user edited since the last build is left as it is,
 * the new cells go under a new name, and a notice sheet says so.
 */
export async function buildSummaryCommand(host: WorkbookHost, plan: Plan, lang: Lang, now = new Date()): Promise<CommandOutcome> {
  const { result, workbook, settings, plan: inUse } = await loadWorkbookState(host, plan, lang);
  const written = await buildSummaryAction(host, result, inUse.plan, {
    lang,
    snapshot: { workbook, ownSheets: settings.ownSheets, record: true },
    whenEdited: 'newSheet',
  });
  if (!written.keptEdited?.length) return { result, written };
  const notice = await host.writeSheets(editedNoticeSpec(written.keptEdited, lang, timestamp(now)));
  return { result, written, notice: notice.sheetNames[0] };
}

const COMMANDS: Record<CommandName, typeof validateCommand> = { validate: validateCommand, buildSummary: buildSummaryCommand };

/** The parts of Office a ribbon command needs (injectable for tests). */
export interface CommandEnvironment {
  createHost(): WorkbookHost;
  plan: Plan;
  lang: Lang;
  now?: () => Date;
  /** Waiting while the user is editing a cell (Excel refuses every call meanwhile). */
  editRetry?: EditRetry;
}

/**
 * A ribbon click while a cell is being edited: Excel refuses every call
 * (InvalidOperationInCellEditMode, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts).
 * The command is tried again a few times, briefly; if the user is still typing, the failure is
 * written to the issue-list sheet as soon as they finish, for a while longer, so it is never silent.
 */
export interface EditRetry {
  /** Attempts of the command itself, `delayMs` apart. */
  attempts: number;
  delayMs: number;
  /** Attempts to write the failure afterwards, `delayMs` apart. */
  reportAttempts: number;
}

export const DEFAULT_EDIT_RETRY: EditRetry = { attempts: 4, delayMs: 1_500, reportAttempts: 40 };

const isCellEditMode = (error: unknown) => error instanceof HostError && error.code === 'cell-edit-mode';
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `action`, again after a pause while Excel is in cell-edit mode, up to `attempts` times. */
async function whileEditing<T>(action: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!isCellEditMode(error) || attempt >= attempts) throw error;
      await pause(delayMs);
    }
  }
}

/** A function-command event: Office waits for `completed()` and shows a spinner until then. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Runs a command for the ribbon. Never throws and always completes the event: a failure is written
 * to the issue-list sheet where the workbook allows it, since no pane is open to show it.
 */
export async function runCommand(name: CommandName, event: CommandEvent, env: CommandEnvironment): Promise<CommandOutcome | Error> {
  const host = env.createHost();
  const retry = env.editRetry ?? DEFAULT_EDIT_RETRY;
  try {
    return await whileEditing(() => COMMANDS[name](host, env.plan, env.lang, env.now?.() ?? new Date()), retry.attempts, retry.delayMs);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    try {
      // Still editing: the note goes in as soon as the user finishes, so the failure is seen.
      const attempts = isCellEditMode(failure) ? retry.reportAttempts : 1;
      await whileEditing(
        () => host.writeSheets(commandErrorSpec(failure.message, env.lang, timestamp(env.now?.() ?? new Date()))),
        attempts,
        retry.delayMs,
      );
    } catch {
      // The workbook refuses writes for good (protection, or editing all along): nothing more to do.
    }
    return failure;
  } finally {
    event.completed();
  }
}

/** Associates the manifest's FunctionName values with the commands. */
export function registerCommands(associate: (name: string, handler: (event: CommandEvent) => void) => void, env: CommandEnvironment): void {
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    associate(name, (event) => void runCommand(name, event, env));
  }
}
