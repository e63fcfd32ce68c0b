/**
 * The language tables: for each, Japanese and English have the same keys, and each text uses the
 * same placeholders — a function called with marker arguments must show the same markers in both
 * languages, so neither drops a value the other shows.
 */
import { PREVIEW_STRINGS } from '../src/preview/strings';
import { summaryLabels } from '../src/summary/labels';
import { STRINGS } from '../src/taskpane/all-strings';

type Difference = string;

const MARKER = (i: number) => `⟦${i}⟧`;
const markersIn = (text: string) => [...text.matchAll(/⟦\d+⟧/g)].map((m) => m[0]).sort();
const bracesIn = (text: string) => [...text.matchAll(/\{[a-zA-Z]\w*\}/g)].map((m) => m[0]).sort();

/** What `fn` shows of marker arguments, or null when it needs arguments of another kind. */
function shownMarkers(fn: (...args: unknown[]) => unknown): string[] | null {
  try {
    const out = fn(...Array.from({ length: fn.length }, (_, i) => MARKER(i)));
    return typeof out === 'string' ? markersIn(out) : null;
  } catch {
    return null;
  }
}

function compare(ja: unknown, en: unknown, path: string, out: Difference[]): void {
  if (typeof ja !== typeof en) {
    out.push(`${path}: ${typeof ja} in ja, ${typeof en} in en`);
    return;
  }
  if (typeof ja === 'string') {
    if (JSON.stringify(bracesIn(ja)) !== JSON.stringify(bracesIn(en as string))) out.push(`${path}: placeholders differ`);
    if (ja !== '' && en === '') out.push(`${path}: empty in en`);
    return;
  }
  if (typeof ja === 'function') {
    const f = ja as (...args: unknown[]) => unknown;
    const g = en as (...args: unknown[]) => unknown;
    if (f.length !== g.length) {
      out.push(`${path}: takes ${f.length} values in ja, ${g.length} in en`);
      return;
    }
    const a = shownMarkers(f);
    const b = shownMarkers(g);
    if (a && b && JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}: shows ${a.join('')} in ja, ${b.join('')} in en`);
    return;
  }
  if (Array.isArray(ja)) {
    if (!Array.isArray(en) || ja.length !== en.length)
      out.push(`${path}: ${ja.length} entries in ja, ${Array.isArray(en) ? en.length : 'none'} in en`);
    else ja.forEach((item, i) => compare(item, en[i], `${path}[${i}]`, out));
    return;
  }
  if (ja && typeof ja === 'object') {
    const jaKeys = Object.keys(ja).sort();
    const enKeys = Object.keys(en as object).sort();
    for (const key of jaKeys.filter((k) => !enKeys.includes(k))) out.push(`${path}.${key}: only in ja`);
    for (const key of enKeys.filter((k) => !jaKeys.includes(k))) out.push(`${path}.${key}: only in en`);
    for (const key of jaKeys.filter((k) => enKeys.includes(k))) {
      compare((ja as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`, out);
    }
  }
}

function differences(ja: unknown, en: unknown, name: string): Difference[] {
  const out: Difference[] = [];
  compare(ja, en, name, out);
  return out;
}

describe('language tables', () => {
  it.each([
    ['task pane (src/taskpane/strings-ja.ts, strings-en.ts)', STRINGS.ja, STRINGS.en],
    ['preview page (src/preview/strings.ts)', PREVIEW_STRINGS.ja, PREVIEW_STRINGS.en],
    ['summary sheets (src/summary/labels.ts)', summaryLabels('ja'), summaryLabels('en')],
  ])('%s: same keys and placeholders in Japanese and English', (name, ja, en) => {
    expect(differences(ja, en, name)).toEqual([]);
  });

  it('notices a key, a placeholder or a value missing from one language', () => {
    const ja = { a: 'あ', b: { c: (n: number) => `${n}件`, d: '{count}件' }, list: ['x', 'y'] };
    const en = { b: { c: () => 'items', d: 'items' }, list: ['x'], extra: 'e' };
    expect(differences(ja, en, 't')).toEqual([
      't.a: only in ja',
      't.extra: only in en',
      't.b.c: takes 1 values in ja, 0 in en',
      't.b.d: placeholders differ',
      't.list: 2 entries in ja, 1 in en',
    ]);
    expect(differences({ f: (a: string, b: string) => `${a}と${b}` }, { f: (a: string, _b: string) => `${a} and ${a}` }, 't')).toEqual([
      't.f: shows ⟦0⟧⟦1⟧ in ja, ⟦0⟧⟦0⟧ in en',
    ]);
  });
});
