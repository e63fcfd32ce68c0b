/** Entry point of the plan-tracker command. */
import { runCli } from './main';
import './commands';

// A reader that stops early (`validate … | head -1`) closes the pipe: the command ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const io = {
  stdout: (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

runCli(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`予期しないエラー / unexpected error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
