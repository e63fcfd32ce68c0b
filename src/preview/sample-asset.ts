/**
 * The bundled sample tracker's file in the preview build: written at build time by the project's
 * own generator and writer (sample-workbook.ts, run by webpack.preview.config.js), fetched by the
 * page from beside it, so opening the sample costs the page only the read a user's file costs.
 */
export const SAMPLE_FILE_NAME = 'sample-tracker.xlsx';

/** The sample's bytes, from the page's own server. */
export async function fetchSampleWorkbook(): Promise<{ bytes: ArrayBuffer; name: string }> {
  const response = await fetch(SAMPLE_FILE_NAME);
  if (!response.ok) throw new Error(`${SAMPLE_FILE_NAME}: HTTP ${response.status}`);
  return { bytes: await response.arrayBuffer(), name: SAMPLE_FILE_NAME };
}
