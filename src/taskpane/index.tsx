/// <reference types="office-js" />
/** Task pane entry: once Office is ready, mount the pane on the Office.js workbook host. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/office-host';
import { App } from './App';
import { loadPaneStrings, paneLangOf } from './i18n';

// Excel's language is known once Office is ready; the browser's is a good guess meanwhile, so
// the strings (their own small chunk) are usually fetched while Office.js starts.
void loadPaneStrings(paneLangOf(navigator.language)).catch(() => undefined);

Office.onReady(async () => {
  const lang = paneLangOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  // The pane's first render has its words (App would fetch them too, after an empty first frame).
  await loadPaneStrings(lang).catch(() => undefined);
  createRoot(root).render(<App host={createOfficeHost()} lang={lang} />);
});
