/** Both languages' pane strings at once, for what needs them side by side (the catalog test, the preview's language switch). */
import type { Lang } from '../core/lang';
import type { PaneStrings } from './i18n';
import { PANE_STRINGS_EN } from './strings-en';
import { PANE_STRINGS_JA } from './strings-ja';

export const STRINGS: Record<Lang, PaneStrings> = { ja: PANE_STRINGS_JA, en: PANE_STRINGS_EN };
