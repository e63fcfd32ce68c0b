/// <reference types="office-js" />
/** Task pane entry: once Office is ready, mount the pane on the Office.js workbook host. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/office-host';
import { App } from './App';
import { paneLangOf } from './i18n';

Office.onReady(() => {
  const lang = paneLangOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  createRoot(root).render(<App host={createOfficeHost()} lang={lang} />);
});
