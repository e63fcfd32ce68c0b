/**
 * wasm-xlsxwriter in the browser: its `web` build, whose WebAssembly is fetched from the page's
 * own assets and instantiated once, asynchronously. The preview's webpack config puts this module
 * where the file writer (xlsx-writer.ts) asks for `./wasm-xlsxwriter-module` (the Node loader,
 * which uses node:module), so the page writes the summary with exactly the code the CLI uses.
 * `loadXlsxwriter()` must have finished before the writer runs.
 */
import type { Xlsx } from '../wasm-xlsxwriter-module';

let loaded: Xlsx | undefined;

/** Fetches and instantiates the WebAssembly (about 2 MB) on first call; later calls return at once. */
export async function loadXlsxwriter(): Promise<void> {
  if (loaded) return;
  const web = await import('wasm-xlsxwriter/web');
  // With no argument the web build fetches the .wasm next to its JavaScript; webpack emits that
  // file into the preview's own assets and rewrites the URL, so nothing comes from elsewhere.
  await web.default();
  loaded = web as unknown as Xlsx;
}

/**
 * The initialised module, under the name the file writer imports.
 * @public webpack.preview.config.js puts this module in place of wasm-xlsxwriter-module.ts.
 */
export function xlsxwriter(): Xlsx {
  if (!loaded) throw new Error('wasm-xlsxwriter is not loaded yet: await loadXlsxwriter() first');
  return loaded;
}
