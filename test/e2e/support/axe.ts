/** axe-core in the page under test; the caller asserts on the serious and critical violations it returns. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** The first node's markup and axe's account of it, so a failure names the element and why. */
  first?: string;
}

/**
 * Runs axe on the whole page. The source goes in through the DevTools protocol (page.evaluate)
 * rather than a <script> tag, which the page's Content-Security-Policy rightly refuses.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Check the settled page: a colour mid-transition (a button fading in, a tab's hover ending) is
  // not what the user reads, and under load axe can catch it half-way. Endless ones (spinners) are left.
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[]; html: string; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      first: v.nodes[0] ? `${v.nodes[0].html.slice(0, 300)} — ${v.nodes[0].failureSummary ?? ''}` : undefined,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
