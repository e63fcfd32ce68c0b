/** The sheet tabs under the grid, as in Excel: an ARIA tablist, arrow keys between tabs. */
import { useRovingFocus } from '../taskpane/use-roving-focus';
import type { BrowserSheet } from '../workbook/browser/browser-host';

interface SheetTabsProps {
  sheets: readonly BrowserSheet[];
  active: string;
  label: string;
  /** Said after the name of a sheet the add-in wrote. */
  addinLabel: string;
  panelId: string;
  onSelect: (sheet: string) => void;
}

export const sheetTabId = (index: number) => `sheet-tab-${index}`;

export function SheetTabs({ sheets, active, label, addinLabel, panelId, onSelect }: SheetTabsProps) {
  const roving = useRovingFocus(
    sheets.length,
    'horizontal',
    Math.max(
      0,
      sheets.findIndex((s) => s.name === active),
    ),
  );
  return (
    <div role="tablist" aria-label={label} className="sheet-tabs" onKeyDown={roving.onKeyDown}>
      {sheets.map((sheet, i) => (
        <button
          key={sheet.name}
          {...roving.itemProps(i)}
          type="button"
          role="tab"
          id={sheetTabId(i)}
          aria-selected={sheet.name === active}
          aria-controls={sheet.name === active ? panelId : undefined}
          className={sheet.origin === 'addin' ? 'sheet-tab addin' : 'sheet-tab'}
          data-sheet-tab={sheet.name}
          onClick={() => onSelect(sheet.name)}
        >
          {sheet.name}
          {sheet.origin === 'addin' && <span className="visually-hidden">（{addinLabel}）</span>}
        </button>
      ))}
    </div>
  );
}
