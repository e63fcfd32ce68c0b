/**
 * The reader's one-line messages (Japanese, then English, as every unreadable-input line of the
 * CLI and the preview reads). Kept together so a language catalog can take them over whole.
 */
export const readerMessages = {
  oldXls: (label: string) =>
    `古い .xls 形式のファイルです。Excel で .xlsx 形式で保存し直してください / ${label} is an old .xls file: save it as .xlsx`,
  encrypted: (label: string) =>
    `パスワードで保護（暗号化）されたブックです。Excel でパスワードを解除して保存し直してください / ${label} is password-protected (encrypted): remove the password in Excel and save it again`,
  ods: (label: string) =>
    `OpenDocument（.ods）のファイルです。.xlsx 形式で保存し直してください / ${label} is an OpenDocument spreadsheet (.ods), not .xlsx: save it as .xlsx`,
  text: (label: string) =>
    `CSV などのテキストファイルです。Excel で開いて .xlsx 形式で保存してください / ${label} is a text (CSV) file, not .xlsx: open it in Excel and save it as .xlsx`,
  xlsb: (label: string) =>
    `バイナリ形式（.xlsb）のブックです。.xlsx 形式で保存し直してください / ${label} is a binary workbook (.xlsb): save it as .xlsx`,
  notXlsx: (label: string) => `.xlsx ファイルではありません / not an .xlsx file: ${label}`,
  damaged: (label: string, detail: string) =>
    `.xlsx として読めません（ファイルが壊れているか途中で切れています） / cannot read ${label} as .xlsx (damaged or truncated): ${detail}`,
  tooLarge: (label: string, detail: string) =>
    `ファイルが大きすぎるか、展開すると大きくなりすぎるため読みません / ${label} is too large to read (or inflates too far): ${detail}`,
  tooManySheets: (label: string, count: number, max: number) =>
    `シートが多すぎます（${count}枚、上限 ${max}枚） / ${label} has ${count} sheets, more than ${max}`,
  beyondGrid: (label: string, sheet: string, where: string) =>
    `シート「${sheet}」に Excel の範囲（1,048,576行 × 16,384列）を超えるセルがあります / sheet "${sheet}" of ${label} has a cell beyond Excel's grid: ${where}`,
  noSharedStrings: (label: string) =>
    `文字列の部品（sharedStrings）が欠けています（ファイルが壊れています） / ${label} is damaged: its shared strings part is missing`,
  noSheets: (label: string) => `シートがありません / the workbook has no sheets: ${label}`,
  notFound: (path: string) => `ファイルが見つかりません / file not found: ${path}`,
  isFolder: (path: string) => `フォルダです。.xlsx ファイルを指定してください / is a folder, not an .xlsx file: ${path}`,
  notRegular: (path: string) =>
    `通常のファイルではありません（デバイスやパイプは読みません） / not a regular file (a device or a pipe is not read): ${path}`,
  cannotOpen: (path: string, detail: string) => `ファイルを開けません / cannot open ${path}: ${detail}`,
};
