/**
 * Which sheets are trackers and which column holds each field. Every change is saved in the
 * workbook's settings at once and the workbook is checked again with it.
 */
import { Button, Checkbox, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { columnLetters } from '../core/a1';
import { type CellValue, type SheetData } from '../core/cell';
import { FIELD_IDS, FIELDS, fieldLabel, type FieldId } from '../tracker/fields';
import { HEADER_SEARCH_ROWS } from '../tracker/header';
import type { SheetMapping, TrackerSheet } from '../tracker/read-tracker';
import type { SheetReport } from '../validate/validate-workbook';
import type { WorkbookState } from '../app/actions';
import type { Lang } from '../core/lang';
import type { PaneStrings } from './i18n';

const useStyles = makeStyles({
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalM} 0` },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, margin: `${tokens.spacingVerticalS} 0` },
  select: { maxWidth: '100%' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  fieldCell: { width: '38%' },
  caption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

interface MappingPanelProps {
  state: WorkbookState;
  busy: boolean;
  lang: Lang;
  t: PaneStrings;
  onSave: (sheet: string, mapping: SheetMapping | undefined) => void;
}

/** A header text, shortened for an option label. */
function short(value: CellValue | undefined, max = 16): string {
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value ?? '')
          .replace(/\s+/g, ' ')
          .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Sheet row (1-based) → the row's cells, honouring the used range's origin. */
function sheetRow(sheet: SheetData, row: number): CellValue[] {
  return sheet.values[row - 1 - (sheet.origin?.row ?? 0)] ?? [];
}

/** Options for a field's column: every column of the used range, labelled with its header text. */
function columnOptions(sheet: SheetData, headerRow: number): { column: number; label: string }[] {
  const header = sheetRow(sheet, headerRow);
  const first = (sheet.origin?.column ?? 0) + 1;
  const width = Math.max(header.length, ...sheet.values.slice(0, HEADER_SEARCH_ROWS).map((r) => r.length));
  return Array.from({ length: width }, (_, i) => {
    const column = first + i;
    const text = short(header[i]);
    return { column, label: text ? `${columnLetters(column)}: ${text}` : columnLetters(column) };
  });
}

/** Options for the header row: the rows searched for a header, labelled with their first texts. */
function headerRowOptions(sheet: SheetData): { row: number; label: string }[] {
  const first = (sheet.origin?.row ?? 0) + 1;
  const count = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  return Array.from({ length: count }, (_, i) => {
    const row = first + i;
    const texts = sheetRow(sheet, row)
      .map((v) => short(v, 8))
      .filter(Boolean)
      .slice(0, 4)
      .join(' / ');
    return { row, label: texts ? `${row}: ${texts}` : String(row) };
  });
}

export function MappingPanel({ state, busy, lang, t, onSave }: MappingPanelProps) {
  const { result, settings, workbook } = state;
  const dataOf = (name: string) => workbook.sheets.find((s) => s.name === name);
  // Sheets the add-in wrote as summaries are kept out silently; they are not the user's to map.
  const listed = result.sheets.filter((s) => s.tracker || (settings.mappings[s.name]?.excluded && !settings.ownSheets.includes(s.name)));
  const others = result.sheets.filter((s) => !listed.includes(s) && !settings.ownSheets.includes(s.name));

  if (result.sheets.length === 0)
    return (
      <Text as="p" block>
        {t.mapping.noSheets}
      </Text>
    );

  return (
    <div>
      <Text as="p" block size={200}>
        {t.mapping.intro}
      </Text>
      {listed.map((report) => {
        const data = dataOf(report.name);
        const tracker = result.trackers.find((tr) => tr.name === report.name);
        return data ? (
          <SheetMappingView
            key={report.name}
            report={report}
            data={data}
            tracker={tracker}
            mapping={settings.mappings[report.name]}
            busy={busy}
            lang={lang}
            t={t}
            onSave={onSave}
          />
        ) : null;
      })}
      {others.map((report) => {
        const data = dataOf(report.name);
        return data ? (
          <OtherSheetView key={report.name} data={data} mapping={settings.mappings[report.name]} busy={busy} t={t} onSave={onSave} />
        ) : null;
      })}
    </div>
  );
}

interface SheetMappingViewProps {
  report: SheetReport;
  data: SheetData;
  tracker: TrackerSheet | undefined;
  mapping: SheetMapping | undefined;
  busy: boolean;
  lang: Lang;
  t: PaneStrings;
  onSave: (sheet: string, mapping: SheetMapping | undefined) => void;
}

function SheetMappingView({ report, data, tracker, mapping, busy, lang, t, onSave }: SheetMappingViewProps) {
  const styles = useStyles();
  const name = report.name;
  const headingId = `mapping-${encodeURIComponent(name)}`;
  const included = tracker !== undefined;
  const setColumn = (field: FieldId, value: string) =>
    onSave(name, { ...mapping, columns: { ...mapping?.columns, [field]: value === '' ? null : Number(value) } });
  const setHeaderRow = (value: string) => onSave(name, { ...mapping, headerRow: Number(value) });
  const setIncluded = (on: boolean) => onSave(name, { ...mapping, excluded: on ? undefined : true });

  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {name}
      </h2>
      <div className={styles.row}>
        <Checkbox label={t.mapping.include(name)} checked={included} disabled={busy} onChange={(_, d) => setIncluded(d.checked === true)} />
        {tracker && <Text size={200}>{t.mapping.rows(tracker.rows.length)}</Text>}
      </div>
      {!tracker ? (
        <Text as="p" block size={200}>
          {t.mapping.excludedNote}
        </Text>
      ) : (
        <>
          <div className={styles.row}>
            <label htmlFor={`${headingId}-header`}>{t.mapping.headerRow}</label>
            <Select
              id={`${headingId}-header`}
              className={styles.select}
              value={String(tracker.headerRow)}
              disabled={busy}
              aria-label={t.mapping.headerRowLabel(name)}
              onChange={(_, d) => setHeaderRow(d.value)}
            >
              {headerRowOptions(data).map((o) => (
                <option key={o.row} value={o.row}>
                  {o.label}
                </option>
              ))}
            </Select>
            {mapping && (
              <Button size="small" disabled={busy} aria-label={t.mapping.resetLabel(name)} onClick={() => onSave(name, undefined)}>
                {t.mapping.reset}
              </Button>
            )}
          </div>
          <ColumnTable name={name} data={data} tracker={tracker} busy={busy} lang={lang} t={t} onChange={setColumn} />
        </>
      )}
    </section>
  );
}

interface ColumnTableProps {
  name: string;
  data: SheetData;
  tracker: TrackerSheet;
  busy: boolean;
  lang: Lang;
  t: PaneStrings;
  onChange: (field: FieldId, value: string) => void;
}

function ColumnTable({ name, data, tracker, busy, lang, t, onChange }: ColumnTableProps) {
  const styles = useStyles();
  const options = columnOptions(data, tracker.headerRow);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t.mapping.columnsCaption(name)}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.th, styles.fieldCell)}>
            {t.mapping.field}
          </th>
          <th scope="col" className={styles.th}>
            {t.mapping.column}
          </th>
        </tr>
      </thead>
      <tbody>
        {FIELD_IDS.map((field) => {
          const label = fieldLabel(field, lang);
          return (
            <tr key={field}>
              <th scope="row" className={mergeClasses(styles.td, styles.fieldCell)} style={{ fontWeight: 'normal', textAlign: 'left' }}>
                {label}
                {FIELDS[field].required ? t.mapping.required : ''}
              </th>
              <td className={styles.td}>
                <Select
                  size="small"
                  className={styles.select}
                  value={tracker.columns[field] === undefined ? '' : String(tracker.columns[field])}
                  disabled={busy}
                  aria-label={t.mapping.columnLabel(label, name)}
                  onChange={(_, d) => onChange(field, d.value)}
                >
                  <option value="">{t.mapping.noColumn}</option>
                  {options.map((o) => (
                    <option key={o.column} value={o.column}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface OtherSheetViewProps {
  data: SheetData;
  mapping: SheetMapping | undefined;
  busy: boolean;
  t: PaneStrings;
  onSave: (sheet: string, mapping: SheetMapping | undefined) => void;
}

/** A sheet not read as a tracker: the user may name its header row to have it read. */
function OtherSheetView({ data, mapping, busy, t, onSave }: OtherSheetViewProps) {
  const styles = useStyles();
  const headingId = `mapping-other-${encodeURIComponent(data.name)}`;
  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {data.name}
      </h2>
      <Text as="p" block size={200}>
        {t.mapping.notTracker}
      </Text>
      <div className={styles.row}>
        <label htmlFor={`${headingId}-header`}>{t.mapping.headerRow}</label>
        <Select
          id={`${headingId}-header`}
          className={styles.select}
          value={mapping?.headerRow === undefined ? '' : String(mapping.headerRow)}
          disabled={busy}
          aria-label={t.mapping.headerRowLabel(data.name)}
          onChange={(_, d) => onSave(data.name, d.value === '' ? undefined : { ...mapping, headerRow: Number(d.value) })}
        >
          <option value="">{t.mapping.noColumn}</option>
          {headerRowOptions(data).map((o) => (
            <option key={o.row} value={o.row}>
              {o.label}
            </option>
          ))}
        </Select>
      </div>
    </section>
  );
}
