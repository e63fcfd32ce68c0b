/**
 * Failures of the Office.js adapter as one typed error with a code the pane can act on and a
 * message, in Japanese and English, that says what to do. `message` holds both (the pane shows it
 * as is); `ja` and `en` hold each alone.
 */
import type { Lang } from '../../core/lang';
import { ON_SHEET } from '../workbook-text';

export type HostErrorCode =
  | 'protected-sheet'
  | 'protected-workbook'
  | 'cell-edit-mode'
  | 'requirement-missing'
  | 'sheet-not-found'
  | 'too-large'
  | 'settings-save-failed'
  | 'busy'
  | 'unknown';

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly ja: string;
  readonly en: string;
  /** The Office.js error code behind it (e.g. `AccessDenied`), when there is one. */
  readonly officeCode?: string;

  constructor(code: HostErrorCode, ja: string, en: string, officeCode?: string) {
    super(`${ja} / ${en}`);
    this.name = 'HostError';
    this.code = code;
    this.ja = ja;
    this.en = en;
    this.officeCode = officeCode;
  }
}

/** What the adapter was doing, for the message. */
export interface ErrorContext {
  ja: string;
  en: string;
  /** A sheet the action touched, named in a protection message. */
  sheet?: string;
}

function sheetPart(context: ErrorContext, lang: Lang): string {
  return context.sheet ? ON_SHEET[lang](context.sheet) : '';
}

export function protectedSheetError(context: ErrorContext, officeCode?: string): HostError {
  return new HostError(
    'protected-sheet',
    `${context.ja}できません: シートが保護されています${sheetPart(context, 'ja')}。［校閲］→［シート保護の解除］で保護を解除してから、もう一度実行してください。`,
    `Cannot ${context.en}: the sheet is protected${sheetPart(context, 'en')}. Unprotect it (Review > Unprotect Sheet) and try again.`,
    officeCode,
  );
}

/** Turns whatever Office.js threw into a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, context: ErrorContext): HostError {
  if (error instanceof HostError) return error;
  const officeCode = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  switch (officeCode) {
    case 'AccessDenied':
      return protectedSheetError(context, officeCode);
    case 'InvalidOperationInCellEditMode':
      return new HostError(
        'cell-edit-mode',
        `${context.ja}できません: セルを編集中です。Enter キーまたは Esc キーで編集を終えてから、もう一度実行してください。`,
        `Cannot ${context.en}: a cell is being edited. Press Enter or Esc to finish editing, then try again.`,
        officeCode,
      );
    case 'ApiNotFound':
    case 'ApiNotAvailable':
      return new HostError(
        'requirement-missing',
        `${context.ja}できません: この Excel には必要な機能がありません。Office 2021 以降、Microsoft 365 または Excel on the web をお使いください。`,
        `Cannot ${context.en}: this version of Excel lacks a feature it needs. Use Office 2021 or later, Microsoft 365 or Excel on the web.`,
        officeCode,
      );
    case 'ItemNotFound':
      return new HostError(
        'sheet-not-found',
        `${context.ja}できません: シートまたはセルが見つかりません${sheetPart(context, 'ja')}。名前が変わったか削除された可能性があります。もう一度検証してください。`,
        `Cannot ${context.en}: the sheet or cell was not found${sheetPart(context, 'en')}. It may have been renamed or deleted; validate again.`,
        officeCode,
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'ResourceLimitExceeded':
      return new HostError(
        'too-large',
        `${context.ja}できません: 一度に扱うデータが Excel の上限を超えました。不要な行や列を削除するか、デスクトップ版 Excel でお試しください。`,
        `Cannot ${context.en}: the data exceeds what Excel handles in one request. Remove unused rows or columns, or try Excel on the desktop.`,
        officeCode,
      );
    case 'ActivityLimitReached':
    case 'ServiceNotAvailable':
      return new HostError(
        'busy',
        `${context.ja}できません: Excel が応答しません。しばらく待ってから、もう一度実行してください。`,
        `Cannot ${context.en}: Excel is busy. Wait a moment and try again.`,
        officeCode,
      );
    default:
      return new HostError(
        'unknown',
        `${context.ja}できませんでした（${officeCode ?? 'エラー'}: ${detail}）。もう一度実行してください。続く場合はブックを保存して開き直してください。`,
        `Could not ${context.en} (${officeCode ?? 'error'}: ${detail}). Try again; if it persists, save and reopen the workbook.`,
        officeCode,
      );
  }
}
