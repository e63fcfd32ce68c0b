/**
 * The print setup every sheet the add-in and the CLI write carries: A4, the orientation the sheet
 * needs, fit to the page's width, its header rows repeated, and a header and footer that date the
 * handout — the plan and sheet at the top, 基準日 / 作成日 and page N / M at the bottom.
 */
import type { Lang } from '../core/lang';
import type { PrintSpec } from '../core/sheet-spec';

/** What dates a printed page: the plan, the day the figures are as of and the day they were made. */
export interface PrintStamp {
  planName: string;
  /** YYYY-MM-DD */
  asOf: string;
  createdOn: string;
}

const TEXT = {
  ja: { dates: (asOf: string, made: string) => `基準日 ${asOf}　作成日 ${made}`, pages: '{page} / {pages} ページ' },
  en: { dates: (asOf: string, made: string) => `As of ${asOf} · made ${made}`, pages: 'Page {page} of {pages}' },
};

/**
 * 基準日 and 作成日 as one line, as the sheets and the footers show them.
 *
 * @example
 * datesLine({ asOf: '2026-03-31', createdOn: '2026-04-10' }, 'ja'); // '基準日 2026-03-31　作成日 2026-04-10'
 */
export function datesLine(stamp: Pick<PrintStamp, 'asOf' | 'createdOn'>, lang: Lang): string {
  return TEXT[lang].dates(stamp.asOf, stamp.createdOn);
}

export interface PageOptions {
  landscape: boolean;
  /** Rows repeated at the top of every page, e.g. `3:3`. */
  repeatRows?: string;
  printArea?: string;
  /** Pages tall to fit to (0: as many as needed); always one page wide. */
  pagesTall?: number;
}

/**
 * A4, one page wide, with the header and footer of `stamp` (or page numbers alone without one).
 *
 * @example
 * spec.print = pageSetup(spec.name, 'ja', { landscape: true, repeatRows: '4:4' }, printStamp(summary));
 */
export function pageSetup(sheetName: string, lang: Lang, options: PageOptions, stamp?: PrintStamp): PrintSpec {
  return {
    landscape: options.landscape,
    paper: 'A4',
    fitToPages: { width: 1, height: options.pagesTall ?? 0 },
    ...(options.printArea ? { printArea: options.printArea } : {}),
    ...(options.repeatRows ? { repeatRows: options.repeatRows } : {}),
    header: stamp ? `${stamp.planName}　${sheetName}` : sheetName,
    ...(stamp ? { footer: datesLine(stamp, lang) } : {}),
    pageNumbers: TEXT[lang].pages,
  };
}
