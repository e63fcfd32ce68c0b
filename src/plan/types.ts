/** The plan as data: a tree of policies → areas → initiatives → measures, plus the plan's framing. */

export interface Measure {
  /** Position code, e.g. `1-2-1-2`. */
  code: string;
  title: string;
}

export interface Initiative {
  /** Position code, e.g. `1-2-1`. */
  code: string;
  title: string;
  measures: Measure[];
}

export interface Area {
  /** Position code, e.g. `1-2`. */
  code: string;
  title: string;
  description?: string;
  initiatives: Initiative[];
}

export interface Policy {
  /** Position code, e.g. `1`. */
  code: string;
  title: string;
  /** Challenges (課題) that lead to this policy. */
  challenges: string[];
  areas: Area[];
}

export interface Attitude {
  code: string;
  name: string;
  description: string;
}

export interface PlanPeriod {
  /** First fiscal year (April–March) covered by the plan. */
  startYear: number;
  /** Last fiscal year covered by the plan. */
  endYear: number;
  /** True when the period is an assumption, not stated by the plan document. */
  assumed: boolean;
}

export interface Plan {
  name: string;
  philosophy: { title: string; text: string };
  attitudes: Attitude[];
  policies: Policy[];
  period: PlanPeriod;
}
