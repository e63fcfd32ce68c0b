/** Entry point of the plan-tracker command. */
import { runCli } from './main';
import './commands';

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
