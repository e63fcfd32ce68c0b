/**
 * Builds the preview with webpack's Node API when dist-web/preview is missing or older than any
 * source it is built from (src/, the config), so the e2e run always tests the current code.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PREVIEW_DIR = path.join(ROOT, 'dist-web', 'preview');
const CONFIG = path.join(ROOT, 'webpack.preview.config.js');

async function newestMtime(target: string): Promise<number> {
  const stat = await fs.stat(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of await fs.readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}

async function isStale(): Promise<boolean> {
  let built: number;
  try {
    built = (await fs.stat(path.join(PREVIEW_DIR, 'index.html'))).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(await newestMtime(path.join(ROOT, 'src')), await newestMtime(CONFIG));
  return sources > built;
}

export async function ensurePreviewBuilt(): Promise<void> {
  if (!(await isStale())) return;
  // Required here, not imported: loading webpack is slow and only needed when stale.
  const webpack = require('webpack') as typeof import('webpack');
  const configFactory = require(CONFIG) as (env: Record<string, unknown>, argv: Record<string, unknown>) => import('webpack').Configuration;
  const config = configFactory({}, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, context: ROOT }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}
