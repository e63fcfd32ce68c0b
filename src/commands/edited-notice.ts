/**
 * The ribbon's word when a build found add-in sheets the user had edited: no pane is open to ask,
 * so the edited sheets were left as they are and the new summary written under other names; this
 * sheet says so, with a link to each new sheet. Pure: a WorkbookSpec the host writes as its own.
 */
import type { Lang } from '../core/lang';
import type { SheetSpec, WorkbookSpec } from '../core/sheet-spec';
import type { EditedSheet } from '../workbook/host';
import { COMMANDS_TEXT } from './commands-text';

export function editedNoticeSpec(kept: readonly EditedSheet[], lang: Lang, generatedAt?: string): WorkbookSpec {
  const t = COMMANDS_TEXT[lang].editedNotice;
  const values: SheetSpec['values'] = [[generatedAt ? `${t.title}（${generatedAt}）` : t.title], [t.intro]];
  const links: NonNullable<SheetSpec['links']> = [];
  kept.forEach((sheet, i) => {
    const writtenAs = sheet.writtenAs ?? sheet.name;
    values.push([t.kept(sheet.name, sheet.rows.first, sheet.rows.last, writtenAs)]);
    links.push({
      cell: `A${3 + i}`,
      sheet: writtenAs,
      target: 'A1',
      text: t.kept(sheet.name, sheet.rows.first, sheet.rows.last, writtenAs),
    });
  });
  return {
    sheets: [
      {
        name: t.sheet,
        values,
        links,
        styles: [{ range: 'A1', style: { bold: true, fontSize: 14 } }],
        columnWidths: [100],
      },
    ],
  };
}
