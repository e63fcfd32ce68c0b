/**
 * The pane's self-check action: runs the host's self-check and turns the result into the plain
 * text report staff copy for the IT desk (version, host, requirement sets, each check).
 */
import type { SelfCheckResult, WorkbookHost } from '../workbook/host';
import type { SelfCheckStrings } from './self-check-strings';
import { ADDIN_VERSION } from '../app/version';

export async function selfCheckAction(host: WorkbookHost): Promise<SelfCheckResult | null> {
  return host.selfCheck ? host.selfCheck() : null;
}

export function selfCheckReport(result: SelfCheckResult, t: SelfCheckStrings, version = ADDIN_VERSION): string {
  const count = (outcome: string) => result.items.filter((item) => item.outcome === outcome).length;
  return [
    t.header(result.host, version, result.excelApi),
    t.summary(count('passed'), count('failed'), count('skipped')),
    ...result.items.map((item) => `[${t.outcome[item.outcome]}] ${t.checks[item.id]}${item.detail ? ` — ${item.detail}` : ''}`),
  ].join('\n');
}
