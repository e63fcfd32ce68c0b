/**
 * Sheet-name rules every host follows, so the preview, Excel and the .xlsx file name a sheet the
 * same: Excel compares names without regard to case, and allows 31 characters; a wanted name that
 * is not free becomes `名前 (2)`, `名前 (3)` …, cut so the suffix fits.
 */

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** The form two names are compared in: Excel treats `Summary` and `SUMMARY` as the same sheet. */
export function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase('ja-JP');
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** The n-th name tried for `base`: `base` itself (cut to 31) for n = 1, else `base (n)`. */
export function sheetNameCandidate(base: string, n: number): string {
  if (n === 1) return base.slice(0, MAX_SHEET_NAME);
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** The first candidate for `base` that `isFree` accepts. */
export function freeSheetName(base: string, isFree: (candidate: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = sheetNameCandidate(base, n);
    if (isFree(candidate)) return candidate;
  }
}

/**
 * Names for sheets written together into a workbook: each wanted name, or the first candidate no
 * earlier sheet of the same write took and `isFree` accepts (a name the workbook already has).
 * @example allocateSheetNames(['集計', '集計']) → ['集計', '集計 (2)']
 */
export function allocateSheetNames(wanted: readonly string[], isFree: (candidate: string) => boolean = () => true): string[] {
  const taken = new Set<string>();
  return wanted.map((base) => {
    const name = freeSheetName(base, (candidate) => !taken.has(sheetNameKey(candidate)) && isFree(candidate));
    taken.add(sheetNameKey(name));
    return name;
  });
}
