/**
 * Number formats by id: a workbook's own (styles part) or Excel's built-in ones, which a file names
 * by id only. Ids 27–36 and 50–58 are locale-dependent; they are given as Japanese Excel shows
 * them, the locale of the trackers this add-in reads (ECMA-376 Part 1, 18.8.30 numFmt).
 */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-411]ge.m.d',
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** The format code of id `id`; none for General (id 0, or a custom format spelled General), which changes no meaning. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  if (!id) return undefined;
  const code = custom.get(id) ?? BUILT_IN[id];
  return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
}

const dateFormatCache = new Map<string, boolean>();

/** Whether a format shows a number as a date or time: a y, m, d, h, s (or b, Buddhist year) outside quotes and brackets. */
export function isDateFormatCode(code: string | undefined): boolean {
  if (!code) return false;
  let known = dateFormatCache.get(code);
  if (known === undefined) {
    known = /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    dateFormatCache.set(code, known);
  }
  return known;
}
