/** Text primitives every layer shares. */

/** Dashes and long-vowel-like marks that staff type as code separators (`1－2－1`). */
const DASHES = /[‐‑‒–—―−－ｰ]/g;

/** Replaces every dash variant with ASCII `-` (codes such as `1－2－1`). */
export function asciiDashes(text: string): string {
  return text.replace(DASHES, '-');
}
