/**
 * The preview page: an .xlsx opened in the browser (file picker, drag and drop, or the bundled
 * sample), an editable grid of its sheets (edits drive the pane's live check), and beside it the same task pane as in Excel, on the
 * browser workbook host. The sheets the pane builds appear as new tabs and download as a new
 * .xlsx; the opened file is never rewritten, and nothing leaves the browser.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import { App, preloadCheckPane } from '../taskpane/App';
import type { Lang } from '../core/lang';
import { STRINGS } from '../taskpane/all-strings';
import type { BrowserWorkbookHost, BrowserWorkbookView } from '../workbook/browser/browser-host';
import { ChartList } from './ChartList';
import { watchPaneReady } from './pane-ready';
import { fetchSampleWorkbook } from './sample-asset';
import { SheetGrid } from './SheetGrid';
import { sheetTabId, SheetTabs } from './SheetTabs';
import { PREVIEW_STRINGS } from './strings';

export interface PreviewAppProps {
  initialLang: Lang;
  /** Open the bundled sample at once (`?sample` in the URL). */
  /** The sample, being fetched since the page started (startSample): opened at once. */
  sampleAtStart?: Promise<LoadedFile>;
}

interface Opened {
  host: BrowserWorkbookHost;
  /** Remounts the pane for each file opened. */
  serial: number;
}

const GRID_ID = 'sheet-grid';

/** Local storage for the user's column mappings, when the browser allows it. */
function settingsStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NO_VIEW = () => null;
const NO_SUBSCRIBE = () => () => undefined;

function useHostView(host: BrowserWorkbookHost | undefined): BrowserWorkbookView | null {
  return useSyncExternalStore(host ? host.subscribe : NO_SUBSCRIBE, host ? host.getView : NO_VIEW);
}

/** A file's bytes and name, as openBytes takes them. */
type LoadedFile = { bytes: Uint8Array | ArrayBuffer; name: string };

/** The reader's chunk (the first open fetches it; startSample earlier). */
const workbookOpener = () => import('../workbook/browser/open-workbook.js');

/**
 * Starts what opening the sample needs, before the page's first render: its bytes, the reader and
 * the check's pane (each fetched in parallel). The promise is the sample's bytes.
 */
export function startSample(lang: Lang): Promise<LoadedFile> {
  void workbookOpener().catch(() => undefined); // a failed fetch is tried again when the sample opens
  preloadCheckPane(lang);
  const sample = fetchSampleWorkbook();
  sample.catch(() => undefined); // reported when it is opened
  return sample;
}

export function PreviewApp({ initialLang, sampleAtStart }: PreviewAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<{ title: string; body: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const paneColumn = useRef<HTMLDivElement>(null);
  const serial = useRef(0);
  const s = PREVIEW_STRINGS[lang];
  const view = useHostView(opened?.host);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.pageTitle;
  }, [lang, s]);

  useEffect(() => (paneColumn.current ? watchPaneReady(paneColumn.current) : undefined), []);

  const openBytes = useCallback(
    async (load: () => Promise<LoadedFile>) => {
      setOpening(true);
      setError(null);
      try {
        const { bytes, name } = await load();
        const { openBrowserWorkbook } = await workbookOpener();
        const host = await openBrowserWorkbook(bytes, name, settingsStorage());
        setOpened({ host, serial: ++serial.current });
      } catch (e) {
        setError({ title: PREVIEW_STRINGS[lang].openFailed, body: (e as Error).message });
      } finally {
        setOpening(false);
      }
    },
    [lang],
  );

  const openFile = useCallback((file: File) => openBytes(async () => ({ bytes: await file.arrayBuffer(), name: file.name })), [openBytes]);

  const openSample = useCallback(() => openBytes(fetchSampleWorkbook), [openBytes]);

  const started = useRef(false);
  useEffect(() => {
    if (sampleAtStart && !started.current) {
      started.current = true;
      void openBytes(() => sampleAtStart);
    }
  }, [sampleAtStart, openBytes]);

  const switchLanguage = () => {
    const next: Lang = lang === 'ja' ? 'en' : 'ja';
    setLang(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };

  const download = async () => {
    const spec = opened?.host.writtenWorkbookSpec();
    if (!opened || !spec) return;
    setDownloading(true);
    setError(null);
    try {
      const { workbookSpecBytes, downloadName, XLSX_MIME } = await import('../workbook/browser/download-workbook.js');
      const bytes = await workbookSpecBytes(spec);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      const link = document.createElement('a');
      link.href = url;
      link.download = downloadName(opened.host.getView().fileName, 'summary');
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError({ title: s.downloadFailed, body: (e as Error).message });
    } finally {
      setDownloading(false);
    }
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  const activeSheet = view?.sheets.find((sheet) => sheet.name === view.activeSheet) ?? view?.sheets[0];
  const activeIndex = view && activeSheet ? view.sheets.indexOf(activeSheet) : -1;
  const canDownload = Boolean(view?.sheets.some((sheet) => sheet.origin === 'addin'));

  return (
    <FluentProvider theme={webLightTheme} lang={lang} className="page">
      <div
        className="page-frame"
        onDragOver={onDragOver}
        onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
        onDrop={onDrop}
      >
        <header className="toolbar">
          <p className="brand">{s.pageTitle}</p>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="file-input"
            aria-label={s.openFile}
            tabIndex={-1}
            data-testid="file-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void openFile(file);
            }}
          />
          <Button appearance="primary" disabled={opening} onClick={() => fileInput.current?.click()}>
            {s.openFile}
          </Button>
          <Button disabled={opening} onClick={() => void openSample()}>
            {s.openSample}
          </Button>
          <Button
            disabled={!canDownload || downloading}
            onClick={() => void download()}
            title={canDownload ? undefined : s.downloadHint}
            data-testid="download"
          >
            {s.download}
          </Button>
          <span className="toolbar-spacer" />
          <Button
            appearance="subtle"
            lang={lang === 'ja' ? 'en' : 'ja'}
            aria-label={s.otherLanguageName}
            onClick={switchLanguage}
            data-testid="language"
          >
            {s.otherLanguage}
          </Button>
        </header>
        <div className="workspace">
          <section className="workbook" aria-label={view ? s.fileLabel(view.fileName) : s.welcomeTitle}>
            {error && (
              <MessageBar intent="error" layout="multiline" role="alert" className="page-message">
                <MessageBarBody>
                  <MessageBarTitle>{error.title}</MessageBarTitle>
                  <div>{error.body}</div>
                </MessageBarBody>
              </MessageBar>
            )}
            {opening && (
              <div role="status" className="page-message">
                <Spinner size="tiny" label={s.opening} />
              </div>
            )}
            {!view || !opened ? (
              <div className="welcome">
                <h1>{s.welcomeTitle}</h1>
                <p>{s.welcomeBody}</p>
                <p className="privacy">{s.privacy}</p>
              </div>
            ) : (
              <>
                <p className="file-name">{view.fileName}</p>
                {activeSheet?.spec?.charts?.length ? (
                  <ChartList
                    key={activeSheet.name}
                    charts={activeSheet.spec.charts}
                    data={activeSheet.data}
                    heading={s.charts}
                    note={s.chartNote}
                    moreLabel={s.moreCategories}
                  />
                ) : null}
                <div className="grid-area">
                  {activeSheet && activeSheet.data.values.length > 0 ? (
                    <SheetGrid
                      key={`${opened.serial}:${activeSheet.name}`}
                      id={GRID_ID}
                      host={opened.host}
                      sheet={activeSheet}
                      selection={view.selections.get(activeSheet.name)}
                      highlights={view.highlights.get(activeSheet.name)}
                      severityLabels={STRINGS[lang].severity}
                      label={s.gridLabel(activeSheet.name)}
                      rowHeaderLabel={s.rowHeader}
                      editLabel={s.editCell}
                    />
                  ) : (
                    <p id={GRID_ID} role="tabpanel" aria-labelledby={sheetTabId(activeIndex)} className="empty-sheet">
                      {s.emptySheet}
                    </p>
                  )}
                </div>
                <SheetTabs
                  sheets={view.sheets}
                  active={view.activeSheet}
                  label={s.sheetsLabel}
                  addinLabel={s.addinSheet}
                  panelId={GRID_ID}
                  onSelect={(name) => opened.host.activate(name)}
                />
              </>
            )}
          </section>
          <div className="pane-column" ref={paneColumn}>
            {opened ? <App key={opened.serial} host={opened.host} lang={lang} /> : <p className="pane-waiting">{s.paneWaiting}</p>}
          </div>
        </div>
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            {s.dropHere}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
