/**
 * Said once, before the add-in writes anything, on Excel below ExcelApi 1.20: Excel's undo does
 * not cover the add-in's changes (each write clears Excel's undo list), and how to take them back
 * with the pane instead. Dismissed for good on this computer.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { HostCapabilities } from '../workbook/host';
import type { Lang } from '../core/lang';
import { UNDO_NOTICE_STRINGS } from './undo-notice-strings';

const SEEN_KEY = 'planTracker.undoNoticeSeen';

function seen(): boolean {
  try {
    return globalThis.localStorage?.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function UndoNotice({ capabilities, lang }: { capabilities: HostCapabilities | null; lang: Lang }) {
  const [dismissed, setDismissed] = useState(seen);
  if (dismissed || capabilities?.undoCoversAddin !== false) return null;
  const t = UNDO_NOTICE_STRINGS[lang];
  const dismiss = () => {
    try {
      globalThis.localStorage?.setItem(SEEN_KEY, '1');
    } catch {
      // Storage refused (private mode): the notice is simply shown again next time.
    }
    setDismissed(true);
  };
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        <div>{t.body}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismiss}>
          {t.ok}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
