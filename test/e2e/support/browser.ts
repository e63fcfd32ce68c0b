/**
 * Debian's Chromium through playwright-core, as the machine and CI have it: never a downloaded
 * browser, a fresh profile per context, no background traffic, and every request that is not to
 * the test server refused and recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  /** URLs the page tried to reach outside the test server (all refused). */
  blocked: string[];
  close(): Promise<void>;
}

export async function openSession(
  serverUrl: string,
  options: { locale: string; viewport?: { width: number; height: number } },
): Promise<Session> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    locale: options.locale,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const blocked: string[] = [];
  const origin = new URL(serverUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // blob: and data: URLs never reach the router; anything else must be the test server.
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
