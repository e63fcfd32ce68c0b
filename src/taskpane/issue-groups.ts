/** Filtering and grouping issues for the list: pure, so thousands of issues cost one pass. */
import type { Issue, RuleId, Severity } from '../validate/types';

export interface IssueFilter {
  severities: ReadonlySet<Severity>;
  /** Matched against sheet, cell, message and value, ignoring case; empty matches all. */
  text: string;
}

export interface IssueGroup {
  /** Stable key for React and for remembering which groups are open. */
  key: string;
  sheet: string;
  rule: RuleId;
  severity: Severity;
  issues: Issue[];
}

export interface SheetGroups {
  sheet: string;
  groups: IssueGroup[];
  count: number;
}

export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  const needle = filter.text.trim().toLowerCase();
  return issues.filter((issue) => {
    if (!filter.severities.has(issue.severity)) return false;
    if (!needle) return true;
    const haystack = `${issue.sheet} ${issue.cell} ${issue.message} ${issue.value ?? ''}`.toLowerCase();
    return haystack.includes(needle);
  });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Issues by sheet (in workbook order) and, within a sheet, by rule: errors first, then in the
 * order rules first occur; issues keep their row order inside a group.
 */
export function groupIssues(issues: readonly Issue[]): SheetGroups[] {
  const sheets = new Map<string, Map<RuleId, IssueGroup>>();
  for (const issue of issues) {
    let rules = sheets.get(issue.sheet);
    if (!rules) sheets.set(issue.sheet, (rules = new Map()));
    let group = rules.get(issue.rule);
    if (!group) {
      group = { key: `${issue.sheet}\u0000${issue.rule}`, sheet: issue.sheet, rule: issue.rule, severity: issue.severity, issues: [] };
      rules.set(issue.rule, group);
    }
    group.issues.push(issue);
  }
  return [...sheets.entries()].map(([sheet, rules]) => {
    const groups = [...rules.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet, groups, count: groups.reduce((n, g) => n + g.issues.length, 0) };
  });
}
