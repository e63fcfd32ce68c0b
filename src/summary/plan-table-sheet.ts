/**
 * The plan as a visible sheet staff read and edit (「プラン」), in the layout plan-table.ts reads:
 * the plan's name, period, philosophy, attitudes and challenges, then one row per measure.
 */
import { PLAN_TABLE_LABELS } from '../plan/plan-messages';
import type { Plan } from '../plan/types';
import type { Lang } from '../core/lang';
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE } from './group-sheets';
import { rangeOf } from './sheet-builder';
import type { SheetSpec, SpecValue, StyleRange } from '../core/sheet-spec';

const WIDTH = 9;

export function planTableSheet(plan: Plan, lang: Lang): SheetSpec {
  const labels = PLAN_TABLE_LABELS[lang];
  const values: SpecValue[][] = [];
  const styles: StyleRange[] = [
    { range: 'A1', style: TITLE_STYLE },
    { range: 'A2', style: NOTE_STYLE },
  ];
  const row = (...cells: SpecValue[]) => values.push([...cells, ...Array.from({ length: WIDTH - cells.length }, () => null)]);
  const header = (...cells: string[]) => {
    row(...cells);
    styles.push({ range: rangeOf(values.length, 1, values.length, cells.length), style: HEADER_STYLE });
  };
  const labelCell = () => styles.push({ range: `A${values.length}`, style: { bold: true } });

  row(labels.marker);
  row(labels.note);
  row();
  row(labels.name, plan.name);
  labelCell();
  row(labels.startYear, plan.period.startYear, plan.period.assumed ? labels.assumed : null);
  labelCell();
  row(labels.endYear, plan.period.endYear);
  labelCell();
  row(labels.philosophy, plan.philosophy.title || null, plan.philosophy.text || null);
  labelCell();
  row();
  header(labels.attitudeCode, labels.attitude, labels.attitudeDescription);
  for (const attitude of plan.attitudes) row(attitude.code, attitude.name, attitude.description || null);
  row();
  header(labels.policyCode, labels.challenge);
  for (const policy of plan.policies) for (const challenge of policy.challenges) row(policy.code, challenge);
  row();
  header(...labels.columns);
  const firstMeasureRow = values.length + 1;
  for (const policy of plan.policies) {
    for (const area of policy.areas) {
      let first = true;
      const described = () => {
        const description = first ? (area.description ?? null) : null;
        first = false;
        return description;
      };
      for (const initiative of area.initiatives) {
        const measures = initiative.measures.length > 0 ? initiative.measures : [null];
        for (const measure of measures) {
          row(
            policy.code,
            policy.title,
            area.code,
            area.title,
            initiative.code,
            initiative.title,
            measure?.code ?? null,
            measure?.title ?? null,
            described(),
          );
        }
      }
    }
  }
  styles.push({
    range: rangeOf(firstMeasureRow, 1, Math.max(firstMeasureRow, values.length), WIDTH),
    style: { border: true, verticalAlign: 'top', wrap: true },
  });
  return {
    name: labels.sheetName,
    values,
    styles,
    columnWidths: [10, 30, 10, 30, 10, 36, 12, 40, 40],
  };
}
