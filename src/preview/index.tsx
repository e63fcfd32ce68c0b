/** Preview page entry: `?lang=en` for English (Japanese otherwise), `?sample` to open the sample at once. */
import { createRoot } from 'react-dom/client';
import { PreviewApp, startSample } from './PreviewApp';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'ja';
const root = document.getElementById('root');
if (!root) throw new Error('preview.html has no #root element');
// With ?sample, the sample's bytes, the reader and the check's pane are fetched before the first
// render, in parallel with it, instead of one after another once the page is up.
const sample = params.has('sample') ? startSample(lang) : undefined;
createRoot(root).render(<PreviewApp initialLang={lang} sampleAtStart={sample} />);
