/** The cell tag's in-place read agrees with the general attribute read, prefixes and namespace declarations included. */
import { newCellTag, numberAt, readCellTag } from '../src/workbook/xlsx-reader/cell-tag';
import { XmlScanner } from '../src/workbook/xlsx-reader/xml-scan';

const keys = () => ({ r: undefined, s: undefined, t: undefined });

/** What the general read gives, turned into numbers as the sheet reader uses them. */
function expected(tag: string) {
  const sc = new XmlScanner(tag);
  sc.next();
  const { r, s, t } = sc.attrs(keys());
  const m = r === undefined ? null : /^\$?([A-Za-z]*)\$?(\d+)$/.exec(r);
  const letters = m ? m[1].toUpperCase() : (/^\$?([A-Za-z]*)/.exec(r ?? '')?.[1] ?? '').toUpperCase();
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) || NaN;
  return {
    hasRef: r !== undefined,
    row: m ? Number(m[2]) : NaN,
    column: r === undefined ? NaN : column,
    style: s === undefined ? 0 : Number(s),
    type: t,
  };
}

describe('readCellTag', () => {
  it.each([
    '<c xmlns:r="urn:x" x:s="3" t="s" r="B7" rr="no"/>',
    '<c xmlns:r="urn:x" t="str"/>',
    '<c r = "A1"  s=\'2\' t="inlineStr">',
    '<x:c r="C3" t="e" s="1">',
    '<c r="$AB$12" s="10">',
    '<c r="xfd1048576">',
    '<c r="A&#49;" s="&#50;"/>',
    '<c r="A1B" s="x"/>',
    '<c r="12" s=""/>',
    '<c r="A"/>',
    '<c s="7"/>',
  ])('%s', (text) => {
    const sc = new XmlScanner(text);
    sc.next();
    expect(readCellTag(sc, newCellTag())).toEqual(expected(text));
  });

  it('reads one-letter attributes and never a namespace declaration', () => {
    const sc = new XmlScanner('<c xmlns:r="urn:x" x:s="3" t="s" r="B7" rr="no"/>');
    sc.next();
    expect(readCellTag(sc, newCellTag())).toEqual({ hasRef: true, row: 7, column: 2, style: 3, type: 's' });
  });

  it('resets what the previous tag set', () => {
    const sc = new XmlScanner('<c r="B7" s="3" t="s"/><c/>');
    const tag = newCellTag();
    sc.next();
    readCellTag(sc, tag);
    sc.next();
    expect(readCellTag(sc, tag)).toEqual({ hasRef: false, row: NaN, column: NaN, style: 0, type: undefined });
  });
});

describe('numberAt', () => {
  it.each(['0', '42', '007', '-3', '1.5', '1E3', ' 12', '', 'abc', '1234567890123456789', '0x10'])('%j reads as Number() does', (text) => {
    const padded = `<v>${text}</v>`;
    expect(numberAt(padded, 3, 3 + text.length)).toBe(Number(text));
  });
});

describe('XmlScanner.readPlainText', () => {
  it('locates plain text and leaves the scanner after the closing tag', () => {
    const sc = new XmlScanner('<v>123</v ><x:t>a&amp;b</x:t><v><![CDATA[1]]></v>');
    sc.next();
    expect(sc.readPlainText()).toBe(true);
    expect(sc.text.slice(sc.textStart, sc.textEnd)).toBe('123');
    expect([sc.name, sc.closing]).toEqual(['v', true]);
    sc.next();
    expect(sc.readPlainText()).toBe(false); // an entity: readText decodes it
    expect(sc.readText()).toBe('a&b');
    expect([sc.name, sc.closing]).toEqual(['t', true]);
    sc.next();
    expect(sc.readPlainText()).toBe(false); // markup inside
    expect(sc.readText()).toBe('1');
  });
});
