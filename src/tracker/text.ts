/** Text normalisation shared by header matching, value parsing and plan look-ups. */

const SPACES = /[\s\u3000]+/g;

/** NFKC, trimmed, inner runs of white space folded to one half-width space. */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(SPACES, ' ').trim();
}

/** True for text that holds nothing but (full- or half-width) spaces. */
export function isBlankText(raw: string): boolean {
  return raw.replace(SPACES, '') === '';
}

/** `-`, `－`, `―` and friends alone: "none" in an optional field. */
export function isNoneMark(text: string): boolean {
  return /^[-‐‑‒–—―−－ｰ]+$/.test(text.trim());
}

const BRACKETS = /[()（）［］[\]{}｛｝「」『』【】〔〕〈〉《》<>＜＞]/g;
const HEADER_NOISE = /[※*＊:：.。、,，'"’”・/／_＿!！?？]/g;

/** Key for matching headers: NFKC, lower case, without spaces, brackets and marks like ※. */
export function headerKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(SPACES, '').replace(BRACKETS, '').replace(HEADER_NOISE, '');
}

/** Header key with bracketed parts dropped: `目標値（R9）` → `目標値`, `実績(件)` → `実績`. */
export function headerKeyWithoutBracketed(raw: string): string {
  return headerKey(raw.normalize('NFKC').replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|「[^」]*」/g, ''));
}

/**
 * Key for matching plan texts (measures, initiatives, areas): NFKC, no spaces or bullets, brackets
 * unified, a trailing 「など」 dropped. `金沢M a a S` and `金沢MaaS` share a key.
 */
export function planTextKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(/^[●○◆◇■□・･\-*•]+/, '')
    .replace(/など$/, '')
    .replace(/[「『【〔]/g, '(')
    .replace(/[」』】〕]/g, ')')
    .replace(/[。.]$/, '');
}

/** Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      grams.set(g, n - 1);
      shared++;
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
