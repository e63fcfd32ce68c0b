/**
 * A forward-only scanner over the XML of an .xlsx part: tags one after another, attributes read on
 * demand, text with entities and Excel's `_xHHHH_` escapes decoded. No tree is built, so a part
 * costs only its text; the few elements the reader needs are picked out as they pass.
 */

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character and entity references: `&amp;` → `&`, `&#x41;` → `A`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/**
 * Excel's escapes of characters XML cannot carry (ECMA-376 Part 1, 22.9.2.19 ST_Xstring):
 * `_x000D_` is a carriage return, `_x005F_` a literal underscore.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether the prefix ending at the colon at `colon` is `xmlns` (`xmlns:r="…"` declares, it is no attribute). */
function isNamespaceDeclaration(text: string, colon: number): boolean {
  let start = colon;
  while (start > 0 && text.charCodeAt(start - 1) > 0x20) start--;
  return text.slice(start, colon) === 'xmlns';
}

export class XmlScanner {
  /** Local name (prefix removed) of the tag just read. */
  name = '';
  /** `</name>` */
  closing = false;
  /** `<name …/>` */
  selfClosing = false;
  private tagStart = 0;
  private attrStart = 0;
  private attrEnd = 0;
  /** Just past the tag's `>`. */
  pos = 0;

  constructor(readonly text: string) {}

  /** Moves to the next element tag (comments, declarations and processing instructions skipped); false at the end. */
  next(): boolean {
    const text = this.text;
    for (;;) {
      const lt = text.indexOf('<', this.pos);
      if (lt < 0) return false;
      const first = text.charCodeAt(lt + 1);
      if (first === 0x21 /* ! */ || first === 0x3f /* ? */) {
        // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE …>, <? … ?>
        const end = text.startsWith('<!--', lt)
          ? text.indexOf('-->', lt)
          : text.startsWith('<![CDATA[', lt)
            ? text.indexOf(']]>', lt)
            : text.indexOf('>', lt);
        if (end < 0) throw new SyntaxError('unterminated XML markup');
        this.pos = end + 1;
        continue;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) throw new SyntaxError('unterminated XML tag');
      this.tagStart = lt;
      this.closing = first === 0x2f; /* / */
      let nameStart = this.closing ? lt + 2 : lt + 1;
      let i = nameStart;
      for (; i < gt; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) break;
        if (c === 0x3a /* : */) nameStart = i + 1;
      }
      this.name = text.slice(nameStart, i);
      this.selfClosing = text.charCodeAt(gt - 1) === 0x2f;
      this.attrStart = i;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      return true;
    }
  }

  /**
   * Values of several attributes at once (one pass over the tag): `into[name]` for each attribute
   * whose local name is one of `into`'s keys; the others are left undefined.
   */
  attrs<K extends string>(into: Record<K, string | undefined>): Record<K, string | undefined> {
    for (const key in into) into[key] = undefined;
    const text = this.text;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const eq = text.indexOf('=', i);
      if (eq < 0 || eq >= end) break;
      let nameStart = i;
      while (nameStart < eq && text.charCodeAt(nameStart) <= 0x20) nameStart++;
      let nameEnd = eq;
      while (nameEnd > nameStart && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
      let q = eq + 1;
      while (q < end && text.charCodeAt(q) <= 0x20) q++;
      const quote = text.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) break;
      const close = text.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0 || close > end) break;
      let name = text.slice(nameStart, nameEnd);
      const colon = name.indexOf(':');
      if (colon >= 0 && !name.startsWith('xmlns')) name = name.slice(colon + 1);
      if (name in into) into[name as K] = decodeEntities(text.slice(q + 1, close));
      i = close + 1;
    }
    return into;
  }

  /**
   * `attrs` for attributes with one-letter names only (a cell's `r`, `s`, `t`), without cutting out
   * each attribute's name: the tag read most often in a sheet.
   */
  shortAttrs<K extends string>(into: Record<K, string | undefined>): Record<K, string | undefined> {
    for (const key in into) into[key] = undefined;
    const text = this.text;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const eq = text.indexOf('=', i);
      if (eq < 0 || eq >= end) break;
      let nameEnd = eq;
      while (nameEnd > i && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
      let q = eq + 1;
      while (q < end && text.charCodeAt(q) <= 0x20) q++;
      const quote = text.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) break;
      const close = text.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0 || close > end) break;
      // A one-letter local name: preceded by a space, or by a prefix's colon (not a namespace declaration's).
      const before = text.charCodeAt(nameEnd - 2);
      if (before <= 0x20 || (before === 0x3a && !isNamespaceDeclaration(text, nameEnd - 2))) {
        const key = text[nameEnd - 1];
        if (key in into) {
          const value = text.slice(q + 1, close);
          into[key as K] = value.includes('&') ? decodeEntities(value) : value;
        }
      }
      i = close + 1;
    }
    return into;
  }

  /** The value of attribute `wanted` of the current tag (by local name), decoded; undefined when absent. */
  attr(wanted: string): string | undefined {
    const text = this.text;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const eq = text.indexOf('=', i);
      if (eq < 0 || eq >= end) return undefined;
      let nameEnd = eq;
      while (nameEnd > i && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
      let nameStart = i;
      while (nameStart < nameEnd && text.charCodeAt(nameStart) <= 0x20) nameStart++;
      let q = eq + 1;
      while (q < end && text.charCodeAt(q) <= 0x20) q++;
      const quote = text[q];
      if (quote !== '"' && quote !== "'") return undefined;
      const close = text.indexOf(quote, q + 1);
      if (close < 0 || close > end) return undefined;
      let name = text.slice(nameStart, nameEnd);
      const colon = name.indexOf(':');
      if (colon >= 0 && !name.startsWith('xmlns')) name = name.slice(colon + 1);
      if (name === wanted) return decodeEntities(text.slice(q + 1, close));
      i = close + 1;
    }
    return undefined;
  }

  /**
   * The text inside the current element (which must be an opening tag), up to its closing tag; the
   * scanner is left after that tag. Child elements are not expected (a `<v>`, a `<t>`); their text is kept.
   */
  readText(): string {
    if (this.selfClosing) return '';
    const text = this.text;
    // The common case, `<v>123</v>`: plain text straight up to a closing tag.
    const lt = text.indexOf('<', this.pos);
    if (lt >= 0 && text.charCodeAt(lt + 1) === 0x2f) {
      const gt = text.indexOf('>', lt);
      if (gt >= 0) {
        const raw = text.slice(this.pos, lt);
        const colon = text.indexOf(':', lt + 2);
        this.name = text.slice(colon >= 0 && colon < gt ? colon + 1 : lt + 2, gt);
        this.closing = true;
        this.selfClosing = false;
        this.tagStart = lt;
        this.pos = gt + 1;
        return decodeEntities(raw);
      }
    }
    let out = '';
    let depth = 1;
    let from = this.pos;
    for (;;) {
      const lt = text.indexOf('<', from);
      if (lt < 0) throw new SyntaxError('unterminated XML element');
      out += decodeEntities(text.slice(from, lt));
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt);
        if (end < 0) throw new SyntaxError('unterminated CDATA');
        out += text.slice(lt + 9, end);
        from = end + 3;
        continue;
      }
      this.pos = lt;
      this.next();
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return out;
      from = this.pos;
    }
  }

  /** Skips past the closing tag of the current element (and everything in it). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
    }
  }

  /** Where the current tag starts (for error messages). */
  get offset(): number {
    return this.tagStart;
  }
}
