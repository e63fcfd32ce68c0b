/**
 * The Plan Tracker task pane. Host-agnostic: in Excel it gets the Office.js adapter, in the
 * preview page the browser host, in tests a fake. Everything it does goes through `host`.
 */
import { Button, FluentProvider, makeStyles, ProgressBar, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ADDIN_VERSION } from '../app/version';
import type { PlanInUse } from '../app/plan-in-use';
import { DEFAULT_PLAN } from '../plan/default-plan';
import type { Plan } from '../plan/types';
import type { WorkbookHost } from '../workbook/host';
import type { Lang } from '../core/lang';
import { loadedPaneStrings, loadPaneStrings, type PaneStrings } from './i18n';
import { PaneTabs } from './PaneTabs';
import { SelfCheckPanel } from './SelfCheckPanel';
import type { Busy } from './pane-state';
import { usePane } from './use-pane';

export interface AppProps {
  host: WorkbookHost;
  lang?: Lang;
  plan?: Plan;
}

// What the first render does not show loads after it: the check's panel (the issue list, its
// filters and the quick fixes) and the message bars are fetched as soon as the pane is on screen,
// while the workbook is read; the other tabs on first use, each in its own chunk with the engine
// parts it needs (the summary, history and consolidation code; the template writer). The pane's
// first chunks carry only the read, the check and the pane's frame.
const validatePanel = () => import(/* webpackChunkName: "pane-validate" */ './ValidatePanel.js');
const paneNotices = () => import(/* webpackChunkName: "pane-notices" */ './PaneNotices.js');
const ValidatePanel = lazy(() => validatePanel().then((m) => ({ default: m.ValidatePanel })));
const PaneNotices = lazy(() => paneNotices().then((m) => ({ default: m.PaneNotices })));
const MappingPanel = lazy(() =>
  import(/* webpackChunkName: "pane-mapping" */ './MappingPanel.js').then((m) => ({ default: m.MappingPanel })),
);
const SummaryPanel = lazy(() =>
  import(/* webpackChunkName: "pane-summary" */ './SummaryPanel.js').then((m) => ({ default: m.SummaryPanel })),
);
const TemplatePanel = lazy(() =>
  import(/* webpackChunkName: "pane-template" */ './TemplatePanel.js').then((m) => ({ default: m.TemplatePanel })),
);

/**
 * Starts fetching what the pane's first render of a check needs (its strings, the check's panel, the
 * message bars), for a host that opens a workbook at once (the preview's `?sample`): their chunks
 * then load while the workbook is read, not after.
 */
export function preloadCheckPane(lang: Lang): void {
  for (const load of [validatePanel, paneNotices, () => loadPaneStrings(lang)]) void load().catch(() => undefined);
}

type TabId = 'validate' | 'mapping' | 'summary' | 'template';
const TABS: TabId[] = ['validate', 'mapping', 'summary', 'template'];

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  planLine: { color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  busy: { margin: `${tokens.spacingVerticalS} 0` },
  panel: { paddingTop: tokens.spacingVerticalM },
  footer: { marginTop: tokens.spacingVerticalXL, color: tokens.colorNeutralForeground3 },
});

export function App({ host, lang = 'ja', plan = DEFAULT_PLAN }: AppProps) {
  const t = usePaneStrings(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      {t && <Pane host={host} lang={lang} plan={plan} t={t} />}
    </FluentProvider>
  );
}

/** The strings of `lang`: at once when loaded before (the Office entry loads them first), else once fetched. */
function usePaneStrings(lang: Lang): PaneStrings | undefined {
  const [fetched, setFetched] = useState<{ lang: Lang; t: PaneStrings } | null>(null);
  const ready = loadedPaneStrings(lang);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void loadPaneStrings(lang).then((t) => current && setFetched({ lang, t }));
    return () => void (current = false);
  }, [lang, ready]);
  return ready ?? (fetched?.lang === lang ? fetched.t : undefined);
}

function Pane({ host, lang, plan, t }: Required<AppProps> & { t: PaneStrings }) {
  const styles = useStyles();
  const pane = usePane(host, plan, lang, t);
  const [tab, setTab] = useState<TabId>('validate');
  const { state, busy } = pane;
  useEffect(() => {
    // A failed fetch here is retried when the panel is first rendered (import() tries again).
    void validatePanel().catch(() => undefined);
    void paneNotices().catch(() => undefined);
  }, []);
  // Nothing was read and the read failed: the message says why, this button tries again.
  const loadFailed = !state && !busy && pane.notices.some((n) => n.intent === 'error');

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      {state && <PlanLine plan={state.plan} t={t} />}
      <BusyIndicator busy={busy} />
      <div className={styles.notices}>
        <Suspense fallback={null}>
          <PaneNotices
            capabilities={pane.capabilities}
            lang={lang}
            t={t}
            notices={pane.notices}
            onDismiss={pane.dismiss}
            planSheetProblem={state?.plan.sheetProblem}
            noTracker={state !== null && state.result.trackers.length === 0}
          />
        </Suspense>
      </div>
      {!state ? (
        loadFailed ? (
          <Button appearance="primary" onClick={() => void pane.reload()}>
            {t.retry}
          </Button>
        ) : busy ? null : (
          <BusyIndicator busy={{ label: t.loading }} />
        )
      ) : (
        <>
          <PaneTabs tabs={TABS} selected={tab} labels={t.tabs} label={t.tabsLabel} onSelect={setTab} />
          <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
            <Suspense fallback={<BusyIndicator busy={{ label: t.loading }} />}>
              {tab === 'validate' && (
                <ValidatePanel
                  result={state.result}
                  busy={busy !== null}
                  t={t}
                  onRevalidate={() => void pane.reload()}
                  onSelect={(issue) => void pane.select(issue)}
                  onHighlight={(issues) => void pane.highlight(issues)}
                  onClear={() => void pane.clear()}
                  live={pane.live}
                />
              )}
              {tab === 'mapping' && (
                <MappingPanel
                  state={state}
                  busy={busy !== null}
                  lang={lang}
                  t={t}
                  onSave={(sheet, mapping) => void pane.saveMapping(sheet, mapping)}
                />
              )}
              {tab === 'summary' && (
                <SummaryPanel
                  result={state.result}
                  busy={busy !== null}
                  t={t}
                  workbook={state.workbook}
                  ownSheets={state.settings.ownSheets}
                  build={pane.lastWrite && pane.lastWrite.kind !== 'template' ? pane.lastWrite : null}
                  onBuild={(request) => void pane.buildSummary(request)}
                  onConsolidate={(request) => void pane.consolidateSheets(request)}
                />
              )}
              {tab === 'template' && (
                <TemplatePanel
                  plan={state.plan.plan}
                  busy={busy !== null}
                  capabilities={pane.capabilities}
                  t={t}
                  written={pane.lastWrite?.kind === 'template' ? pane.lastWrite.result : null}
                  onAdd={(year, department) => void pane.addTemplate(year, department)}
                />
              )}
            </Suspense>
          </div>
        </>
      )}
      <SelfCheckPanel host={host} lang={lang} />
      <footer className={styles.footer}>
        <Text size={100}>{t.versionFooter(ADDIN_VERSION)}</Text>
      </footer>
    </main>
  );
}

/** Which plan the check uses and its period, in one short line under the title. */
function PlanLine({ plan: inUse, t }: { plan: PlanInUse; t: PaneStrings }) {
  const styles = useStyles();
  const { startYear, endYear, assumed } = inUse.plan.period;
  return (
    <Text as="p" block size={200} className={styles.planLine}>
      {t.planInUse.line(inUse.plan.name, inUse.source)}　{t.periodNote(startYear, endYear, assumed)}
      {t.periodSource(inUse.source, inUse.periodCells)}
    </Text>
  );
}

/** A bar that fills as the host reports progress (moving when it reports none); announced politely. */
function BusyIndicator({ busy }: { busy: Busy | null }) {
  const styles = useStyles();
  return (
    <div aria-live="polite" className={styles.busy}>
      {busy && (
        <>
          <ProgressBar value={busy.total ? (busy.done ?? 0) : undefined} max={busy.total || undefined} aria-label={busy.label} />
          <Text size={200}>{busy.label}</Text>
        </>
      )}
    </div>
  );
}
