/**
 * Where a command may write, and how. Never over its own input: OUT is compared with each input as
 * the same file (device and inode, links followed), not by path, so a hard link or a symlink to the
 * input is refused too. Never over an existing file without --force, never over anything but a
 * regular file (a device such as /dev/full, a folder). The bytes go to a temporary file in OUT's
 * folder that is renamed into place, so a failed or killed run leaves the previous OUT as it was.
 */
import { promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliFailure } from './main';

const outputMessages = {
  isInput: (output: string) =>
    `出力先が入力ファイルと同じです。入力は書き換えません / the output is the input file, which is never written: ${output}`,
  exists: (output: string) =>
    `出力先のファイルがすでにあります。上書きするには --force を付けてください / ${output} exists: add --force to replace it`,
  notRegular: (output: string) =>
    `出力先が通常のファイルではありません（フォルダやデバイスには書きません） / the output is not a regular file (a folder or a device is never written): ${output}`,
  noFolder: (output: string) => `出力先のフォルダがありません / no such folder for ${output}`,
  cannotWrite: (output: string, detail: string) => `書き込めません / cannot write ${output}: ${detail}`,
};

async function statOrNull(path: string) {
  try {
    return await fs.stat(path);
  } catch {
    return null;
  }
}

/** Refuses an output that is an input, that is not a regular file, or that exists when `force` is not given (exit 2). */
export async function checkOutputPath(output: string, force: boolean, ...inputs: (string | undefined)[]): Promise<void> {
  const out = await statOrNull(output);
  if (!out) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const source = await statOrNull(input);
    if (source && source.dev === out.dev && source.ino === out.ino) throw new CliFailure(outputMessages.isInput(output), 2);
  }
  if (!out.isFile()) throw new CliFailure(outputMessages.notRegular(output), 2);
  if (!force) throw new CliFailure(outputMessages.exists(output), 2);
}

/** Temporary files not yet renamed into place, removed if the process ends first. */
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const path of pending) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));
  }
}

function writeFailure(output: string, error: unknown): CliFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return new CliFailure(outputMessages.exists(output), 2);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliFailure(outputMessages.noFolder(output), 2);
  if (code === 'EISDIR') return new CliFailure(outputMessages.notRegular(output), 2);
  const detail =
    code === 'ENOSPC'
      ? 'ディスクがいっぱいです / no space left on the device'
      : code === 'EACCES' || code === 'EPERM'
        ? '権限がありません / permission denied'
        : code === 'EROFS'
          ? '読み取り専用です / read-only file system'
          : (error as Error).message;
  return new CliFailure(outputMessages.cannotWrite(output, detail), 2);
}

/**
 * Writes the bytes to OUT through a temporary file in OUT's folder; `force` false also refuses a
 * file that appeared since the check (the temporary file is linked, not renamed, into place).
 * A symlink as OUT is written through (its target is replaced), as a plain write would.
 */
export async function writeOutput(output: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const existing = await statOrNull(output);
  if (existing && !existing.isFile()) throw new CliFailure(outputMessages.notRegular(output), 2);
  const target = existing ? await fs.realpath(output) : output;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  installCleanup();
  pending.add(temp);
  try {
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await fs.rename(temp, target);
    else {
      await fs.link(temp, target);
      await fs.unlink(temp);
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw writeFailure(output, error);
  } finally {
    pending.delete(temp);
  }
}
