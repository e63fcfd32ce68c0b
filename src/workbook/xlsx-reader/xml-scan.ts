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

/** One-character strings by char code: the names read most often (`c`, `v`, `f`, `t`) are not cut out of the text each time. */
const ONE_CHARACTER: string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** `text.slice(start, end)`, without a new string for a one-character ASCII name. */
export function nameAt(text: string, start: number, end: number): string {
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    if (code < 128) return ONE_CHARACTER[code];
  }
  return text.slice(start, end);
}

/** Whether `text` holds an `&` between `start` and `end` (a short span: indexOf would search to the end of the part). */
export function hasEntity(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x26 /* & */) return true;
  return false;
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
  /** Set by `nextAttribute`: where the current attribute's name and value are in `text`. */
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private cursor = 0;
  /** Set by `readPlainText`: where the element's text starts and ends in `text`. */
  textStart = 0;
  textEnd = 0;
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
      this.name = nameAt(text, nameStart, i);
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
    this.firstAttribute();
    while (this.nextAttribute()) {
      const name = this.attributeName();
      if (name in into) into[name as K] = this.attributeValue();
    }
    return into;
  }

  /** The value of attribute `wanted` of the current tag (by local name), decoded; undefined when absent. */
  attr(wanted: string): string | undefined {
    this.firstAttribute();
    while (this.nextAttribute()) if (this.attributeName() === wanted) return this.attributeValue();
    return undefined;
  }

  /** Starts `nextAttribute` at the current tag's first attribute. */
  firstAttribute(): void {
    this.cursor = this.attrStart;
  }

  /**
   * Moves to the tag's next attribute: its name runs from `nameStart` to `nameEnd` and its value,
   * not decoded, from `valueStart` to `valueEnd` in `text`. False after the last (or at broken markup).
   */
  nextAttribute(): boolean {
    const text = this.text;
    const end = this.attrEnd;
    const i = this.cursor;
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= end) return false;
    let nameStart = i;
    while (nameStart < eq && text.charCodeAt(nameStart) <= 0x20) nameStart++;
    let nameEnd = eq;
    while (nameEnd > nameStart && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    let q = eq + 1;
    while (q < end && text.charCodeAt(q) <= 0x20) q++;
    const quote = text.charCodeAt(q);
    if (quote !== 0x22 && quote !== 0x27) return false;
    const close = text.indexOf(quote === 0x22 ? '"' : "'", q + 1);
    if (close < 0 || close > end) return false;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.valueStart = q + 1;
    this.valueEnd = close;
    this.cursor = close + 1;
    return true;
  }

  /** The current attribute's local name (`x:s` is `s`); a namespace declaration keeps its `xmlns:` prefix. */
  attributeName(): string {
    const name = this.text.slice(this.nameStart, this.nameEnd);
    const colon = name.indexOf(':');
    return colon >= 0 && !name.startsWith('xmlns') ? name.slice(colon + 1) : name;
  }

  /** The current attribute's value, entities decoded. */
  attributeValue(): string {
    return decodeEntities(this.text.slice(this.valueStart, this.valueEnd));
  }

  /**
   * The text inside the current element (which must be an opening tag), up to its closing tag; the
   * scanner is left after that tag. Child elements are not expected (a `<v>`, a `<t>`); their text is kept.
   */
  readText(): string {
    if (this.selfClosing) return '';
    const text = this.text;
    // The common case, `<v>123</v>`: plain text straight up to a closing tag.
    if (this.textToClosingTag(true)) return decodeEntities(text.slice(this.textStart, this.textEnd));
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

  /**
   * `readText` for the common `<v>123</v>` without cutting the text out: when the element holds only
   * plain text (no markup, no entity), sets `textStart` / `textEnd`, leaves the scanner after the
   * closing tag and returns true; otherwise returns false and moves nothing (call `readText`).
   */
  readPlainText(): boolean {
    return !this.selfClosing && this.textToClosingTag(false);
  }

  /**
   * When the current element holds text straight up to a closing tag (no markup; no entity unless
   * `entities`): sets `textStart` / `textEnd`, moves onto that closing tag and returns true.
   */
  private textToClosingTag(entities: boolean): boolean {
    const text = this.text;
    const lt = text.indexOf('<', this.pos);
    if (lt < 0 || text.charCodeAt(lt + 1) !== 0x2f) return false;
    const gt = text.indexOf('>', lt);
    if (gt < 0 || (!entities && hasEntity(text, this.pos, lt))) return false;
    let nameStart = lt + 2;
    for (let i = nameStart; i < gt; i++) if (text.charCodeAt(i) === 0x3a /* : */) nameStart = i + 1;
    let nameEnd = gt;
    while (nameEnd > nameStart && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    this.textStart = this.pos;
    this.textEnd = lt;
    this.name = nameAt(text, nameStart, nameEnd);
    this.closing = true;
    this.selfClosing = false;
    this.tagStart = lt;
    this.pos = gt + 1;
    return true;
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
