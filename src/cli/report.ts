/** Text report of a validation, grouped by sheet with counts. */
import { fieldLabel, isFieldId } from '../tracker/fields';
import type { ValidationResult } from '../validate/validate-workbook';
import type { Lang } from '../core/lang';
import type { Severity } from '../validate/types';
import { CLI_TEXT } from './cli-text';

export function validationReport(file: string, result: ValidationResult, lang: Lang): string {
  const t = CLI_TEXT[lang].report;
  const lines: string[] = [];
  const trackers = result.sheets.filter((s) => s.tracker);
  const rowCount = trackers.reduce((n, s) => n + (s.rowCount ?? 0), 0);
  lines.push(t.file(file, t.counts(result.counts), trackers.length, rowCount));
  for (const sheet of result.sheets) {
    if (!sheet.tracker) {
      lines.push('', t.notTracker(sheet.name));
      continue;
    }
    const issues = result.issues.filter((i) => i.sheet === sheet.name);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const i of issues) counts[i.severity]++;
    const mapped = Object.entries(sheet.columns ?? {})
      .flatMap(([field, letter]) => (isFieldId(field) ? [`${fieldLabel(field, lang)}=${letter}`] : []))
      .join(' ');
    lines.push('', t.sheet(sheet.name, sheet.headerRow, sheet.rowCount, t.counts(counts)), `  ${t.columns}: ${mapped}`);
    for (const issue of issues) {
      const fix = issue.fix ? t.proposedFix(issue.fix.value) : '';
      lines.push(
        `  ${issue.cell.padEnd(6)} ${t.severity[issue.severity].padEnd(t.severityWidth)} ${issue.rule.padEnd(24)} ${issue.message}${fix}`,
      );
    }
  }
  return lines.join('\n');
}
