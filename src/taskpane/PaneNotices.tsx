/**
 * The pane's message bars: the undo notice, the notices of failed or finished actions, and the
 * warnings about the workbook read (a bad plan sheet, no tracker sheet). Loaded with the pane's
 * first render, not before it: Fluent's MessageBar is needed only once there is something to say.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../core/lang';
import { noTrackerMessage } from '../validate/validate-workbook';
import type { HostCapabilities } from '../workbook/host';
import type { PaneStrings } from './i18n';
import type { Notice } from './pane-state';
import { UndoNotice } from './UndoNotice';

export interface PaneNoticesProps {
  capabilities: HostCapabilities | null;
  lang: Lang;
  t: PaneStrings;
  notices: readonly Notice[];
  onDismiss: (id: Notice['id']) => void;
  /** The plan sheet's problem, when the workbook's plan sheet could not be used. */
  planSheetProblem?: string;
  /** The workbook was read and has no tracker sheet. */
  noTracker: boolean;
}

export function PaneNotices({ capabilities, lang, t, notices, onDismiss, planSheetProblem, noTracker }: PaneNoticesProps) {
  return (
    <>
      <UndoNotice capabilities={capabilities} lang={lang} />
      {notices.map((notice) => (
        <NoticeBar key={notice.id} notice={notice} t={t} onDismiss={() => onDismiss(notice.id)} />
      ))}
      {planSheetProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.planInUse.badSheetTitle}</MessageBarTitle>
            <div>{t.planInUse.badSheet(planSheetProblem)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {noTracker && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noTracker.title}</MessageBarTitle>
            <div>{noTrackerMessage(lang)}</div>
            <div>{t.noTracker.hint}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function NoticeBar({ notice, t, onDismiss }: { notice: Notice; t: PaneStrings; onDismiss: () => void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body && <div>{notice.body}</div>}
        {notice.hint && <div>{notice.hint}</div>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
