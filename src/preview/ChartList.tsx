/**
 * The charts of a sheet the add-in wrote, drawn simply from the sheet's own cells (bars per
 * category, one colour per series) so the reader sees what they show; the downloaded .xlsx holds
 * them as native Excel charts.
 */
import type { ChartSpec } from '../core/sheet-spec';
import type { CellValue, SheetData } from '../core/cell';
import { parseRange } from '../core/a1';
import { formatCell } from './format-cell';

const PALETTE = ['#0F6CBD', '#107C41', '#C239B3', '#CA5010', '#8764B8', '#038387', '#986F0B'];
/** Categories drawn per chart; a longer chart says how many more are in the file. */
const MAX_CATEGORIES = 12;

function rangeValues(data: SheetData, range: string): CellValue[] {
  const b = parseRange(range);
  const out: CellValue[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(data.values[r]?.[c] ?? null);
  return out;
}

const asNumber = (v: CellValue) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

interface ChartListProps {
  charts: readonly ChartSpec[];
  data: SheetData;
  heading: string;
  note: string;
  moreLabel: (more: number) => string;
}

export function ChartList({ charts, data, heading, note, moreLabel }: ChartListProps) {
  return (
    <details className="charts" open>
      <summary>
        {heading}（{charts.length}）
      </summary>
      <p className="charts-note">{note}</p>
      <div className="chart-strip">
        {charts.map((chart) => (
          <SimpleChart key={chart.id} chart={chart} data={data} moreLabel={moreLabel} />
        ))}
      </div>
    </details>
  );
}

function SimpleChart({ chart, data, moreLabel }: { chart: ChartSpec; data: SheetData; moreLabel: (more: number) => string }) {
  const categories = chart.series[0] ? rangeValues(data, chart.series[0].categories).map((v) => formatCell(v)) : [];
  const series = chart.series.map((s, i) => ({
    name: s.name,
    color: s.color ?? PALETTE[i % PALETTE.length],
    pointColors: s.pointColors,
    values: rangeValues(data, s.values).map(asNumber),
  }));
  const stacked = chart.kind === 'barStacked' || chart.kind === 'columnStacked';
  const shown = categories.slice(0, MAX_CATEGORIES);
  const totals = shown.map((_, i) =>
    stacked ? series.reduce((n, s) => n + Math.max(0, s.values[i] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  const max = Math.max(chart.valueAxisMax ?? 0, ...totals) || 1;
  return (
    <figure className="chart" data-chart={chart.id}>
      <figcaption>{chart.title}</figcaption>
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.name}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <table className="chart-bars">
        <tbody>
          {shown.map((category, i) => (
            <tr key={`${category}-${i}`}>
              <th scope="row">{category}</th>
              <td>
                <div className={stacked ? 'bar-track stacked' : 'bar-track clustered'} aria-hidden="true">
                  {series.map((s) => {
                    const value = Math.max(0, s.values[i] ?? 0);
                    const width = `${(value / max) * 100}%`;
                    return <span key={s.name} className="bar" style={{ width, background: s.pointColors?.[i] ?? s.color }} />;
                  })}
                </div>
                <span className="visually-hidden">
                  {series.map((s) => `${s.name}: ${formatCell(s.values[i] ?? 0, chart.valueNumFmt)}`).join('、')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {categories.length > shown.length && <p className="charts-note">{moreLabel(categories.length - shown.length)}</p>}
    </figure>
  );
}
