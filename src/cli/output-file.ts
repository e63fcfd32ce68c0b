/**
 * Where a command may write: never over its own input, never over an existing file without
 * --force. The check compares real paths, so `./a.xlsx`, `a.xlsx` and a symlink to it are the same.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliFailure } from './main';

async function realPath(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    // A file not there yet: its folder's real path and its own name.
    try {
      return join(await fs.realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses an output that is the input, or that exists when `force` is not given (exit 2). */
export async function checkOutputPath(output: string, force: boolean, input?: string): Promise<void> {
  if (input !== undefined && (await realPath(output)) === (await realPath(input))) {
    throw new CliFailure(`出力先が入力ファイルと同じです。入力は書き換えません / the output is the input file, which is never written: ${output}`, 2);
  }
  if (!force && (await exists(output))) {
    throw new CliFailure(`出力先のファイルがすでにあります。上書きするには --force を付けてください / ${output} exists: add --force to replace it`, 2);
  }
}

/** Writes the bytes; `force` false also refuses a file that appeared since the check. */
export async function writeOutput(output: string, bytes: Uint8Array, force: boolean): Promise<void> {
  try {
    await fs.writeFile(output, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliFailure(`出力先のファイルがすでにあります。上書きするには --force を付けてください / ${output} exists: add --force to replace it`, 2);
    if (code === 'ENOENT') throw new CliFailure(`出力先のフォルダがありません / no such folder for ${output}`, 2);
    throw new CliFailure(`書き込めません / cannot write ${output}: ${(error as Error).message}`, 2);
  }
}
