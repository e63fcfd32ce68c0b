/** Text report of a validation, grouped by sheet with counts. */
import { fieldLabel, isFieldId } from '../tracker/fields';
import type { ValidationResult } from '../validate/validate-workbook';
import type { Lang } from '../core/lang';
import type { Severity } from '../validate/types';

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function countLine(counts: Record<Severity, number>, lang: Lang): string {
  return lang === 'ja'
    ? `エラー ${counts.error}件・警告 ${counts.warning}件・情報 ${counts.info}件`
    : `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`;
}

export function validationReport(file: string, result: ValidationResult, lang: Lang): string {
  const lines: string[] = [];
  const trackers = result.sheets.filter((s) => s.tracker);
  const rowCount = trackers.reduce((n, s) => n + (s.rowCount ?? 0), 0);
  lines.push(
    lang === 'ja'
      ? `${file}: ${countLine(result.counts, lang)}（進捗管理表 ${trackers.length}シート・${rowCount}行）`
      : `${file}: ${countLine(result.counts, lang)} (${trackers.length} tracker sheet(s), ${rowCount} rows)`,
  );
  for (const sheet of result.sheets) {
    if (!sheet.tracker) {
      lines.push('', lang === 'ja' ? `■ ${sheet.name}: 進捗管理表ではないため対象外` : `■ ${sheet.name}: not a tracker, skipped`);
      continue;
    }
    const issues = result.issues.filter((i) => i.sheet === sheet.name);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const i of issues) counts[i.severity]++;
    const mapped = Object.entries(sheet.columns ?? {})
      .flatMap(([field, letter]) => (isFieldId(field) ? [`${fieldLabel(field, lang)}=${letter}`] : []))
      .join(' ');
    lines.push(
      '',
      lang === 'ja'
        ? `■ ${sheet.name}（見出し ${sheet.headerRow}行目・${sheet.rowCount}行）: ${countLine(counts, lang)}`
        : `■ ${sheet.name} (header row ${sheet.headerRow}, ${sheet.rowCount} rows): ${countLine(counts, lang)}`,
      `  ${lang === 'ja' ? '列' : 'columns'}: ${mapped}`,
    );
    for (const issue of issues) {
      const fix = issue.fix ? (lang === 'ja' ? `（修正案: ${issue.fix.value}）` : ` (proposed fix: ${issue.fix.value})`) : '';
      lines.push(
        `  ${issue.cell.padEnd(6)} ${SEVERITY[lang][issue.severity].padEnd(lang === 'ja' ? 3 : 7)} ${issue.rule.padEnd(24)} ${issue.message}${fix}`,
      );
    }
  }
  return lines.join('\n');
}
