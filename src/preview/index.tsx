/** Preview page entry: `?lang=en` for English (Japanese otherwise), `?sample` to open the sample at once. */
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './PreviewApp';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'ja';
const root = document.getElementById('root');
if (!root) throw new Error('preview.html has no #root element');
createRoot(root).render(<PreviewApp initialLang={lang} openSampleAtStart={params.has('sample')} />);
