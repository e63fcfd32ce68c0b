/** Text normalisation shared by header matching, value parsing and plan look-ups. */

const SPACES = /[\s\u3000]+/g;

/** NFKC, trimmed, inner runs of white space folded to one half-width space. */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(SPACES, ' ').trim();
}

const BLANK = /^[\s\u3000]*$/;

/** True for text that holds nothing but (full- or half-width) spaces. */
export function isBlankText(raw: string): boolean {
  // A test, not a replace: most cells hold text, and this stops at their first character.
  return BLANK.test(raw);
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

/** A text's character bigrams with their counts, computed once for a text compared many times (the plan's measures). */
export interface Bigrams {
  text: string;
  counts: Map<string, number>;
}

export function bigrams(text: string): Bigrams {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { text, counts };
}

/** `similarity` of two texts whose bigrams are already counted. */
export function bigramSimilarity(a: Bigrams, b: Bigrams): number {
  if (a.text === b.text) return 1;
  if (a.text.length < 2 || b.text.length < 2) return 0;
  const [fewer, more] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [g, n] of fewer) shared += Math.min(n, more.get(g) ?? 0);
  return (2 * shared) / (a.text.length + b.text.length - 2);
}

/** Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return bigramSimilarity(bigrams(a), bigrams(b));
}
