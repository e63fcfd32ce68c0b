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

/** The built command, as a user runs it (needs `npm run build:cli`, done by `npm test`'s pretest). */
export function cliProcess(...args: string[]): CliRun {
  const bin = join(__dirname, '..', '..', 'bin', 'plan-tracker.js');
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
