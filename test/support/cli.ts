/** Running the CLI in-process (fast) and as a real process (exit status, stderr, no stack trace). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import '../../src/cli/commands';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) });
  return { status, stdout, stderr };
}

/**
 * The command as a user runs it: the built bin/plan-tracker.js (needs `npm run build:cli`, done by
 * `npm test`'s pretest), or the TypeScript source in a real process when PLAN_TRACKER_CLI=source
 * (`npm run test:unit`, which builds nothing).
 */
export function cliProcess(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [cliEntry(), ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The script `cliProcess` runs with node (see there): the built command, or the source when PLAN_TRACKER_CLI=source. */
export function cliEntry(): string {
  return process.env.PLAN_TRACKER_CLI === 'source'
    ? join(__dirname, 'run-source-cli.js')
    : join(__dirname, '..', '..', 'bin', 'plan-tracker.js');
}
