/**
 * The ribbon's word when a build found add-in sheets the user had edited: no pane is open to ask,
 * so the edited sheets were left as they are and the new summary written under other names; this
 * sheet says so, with a link to each new sheet. Pure: a WorkbookSpec the host writes as its own.
 */
import type { Lang } from '../core/lang';
import type { SheetSpec, WorkbookSpec } from '../core/sheet-spec';
import type { EditedSheet } from '../workbook/host';

const TEXT: Record<
  Lang,
  { sheet: string; title: string; intro: string; kept: (sheet: string, first: number, last: number, writtenAs: string) => string }
> = {
  ja: {
    sheet: 'プラン進捗のお知らせ',
    title: '編集されていたシートはそのまま残しました',
    intro: '前回の集計のあとに編集されたシートは置き換えず、新しい集計を別の名前のシートに書きました。',
    kept: (sheet, first, last, writtenAs) =>
      `「${sheet}」（${first === last ? `${first} 行目` : `${first}〜${last} 行目`}に変更）→ 新しいシート「${writtenAs}」`,
  },
  en: {
    sheet: 'Plan Tracker notice',
    title: 'Edited sheets were left as they are',
    intro: 'Sheets edited since the last summary were not replaced; the new summary went to sheets under other names.',
    kept: (sheet, first, last, writtenAs) =>
      `"${sheet}" (changed in ${first === last ? `row ${first}` : `rows ${first}–${last}`}) → new sheet "${writtenAs}"`,
  },
};

export function editedNoticeSpec(kept: readonly EditedSheet[], lang: Lang, generatedAt?: string): WorkbookSpec {
  const t = TEXT[lang];
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
