/** The undo notice's strings (UndoNotice.tsx), Japanese first, English too. */
import type { Lang } from '../core/lang';

export const UNDO_NOTICE_STRINGS: Record<Lang, { title: string; body: string; ok: string }> = {
  ja: {
    title: 'Excel の［元に戻す］について',
    body: 'この Excel では、アドインが行った変更（色付け、集計シート、ひな形）は［元に戻す］で戻せず、変更のたびに［元に戻す］の履歴も消えます。色付けは［色付けを解除］で外せます。集計シートは作り直すたびに置き換わります。',
    ok: 'わかりました',
  },
  en: {
    title: "About Excel's Undo",
    body: "In this version of Excel, Undo does not take back the add-in's changes (highlights, summary sheets, templates), and each change clears Excel's undo list. Remove highlights with Clear highlights; summary sheets are replaced each time they are rebuilt.",
    ok: 'Got it',
  },
};
