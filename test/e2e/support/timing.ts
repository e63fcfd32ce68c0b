/**
 * dist-bench/e2e-timing.json: the browser figures the e2e run measures for the bench's README
 * lines (scripts/bench-pane.js). Each test merges its own fields, keeping the others'.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './build-preview';

const FILE = path.join(ROOT, 'dist-bench', 'e2e-timing.json');

export function recordTiming(fields: Record<string, unknown>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  const before = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(FILE, `${JSON.stringify({ ...before, ...fields, date: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
}

/** "Chromium 1xx.0.….…": the user agent hides the minor version; the DevTools protocol gives the real one. */
export async function browserVersion(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  return `Chromium ${/\/([\d.]+)/.exec(product)?.[1] ?? product}`;
}
