/** The cell tag's fast attribute read agrees with the general one, prefixes and namespace declarations included. */
import { XmlScanner } from '../src/workbook/xlsx-reader/xml-scan';

const keys = () => ({ r: undefined, s: undefined, t: undefined });

describe('XmlScanner.shortAttrs', () => {
  it.each([
    '<c xmlns:r="urn:x" x:s="3" t="s" r="B7" rr="no"/>',
    '<c xmlns:r="urn:x" t="str"/>',
    '<c r = "A1"  s=\'2\' t="inlineStr">',
    '<x:c r="C3" t="e" s="1">',
    '<c r="A&amp;1"/>',
  ])('%s', (tag) => {
    const a = new XmlScanner(tag);
    const b = new XmlScanner(tag);
    a.next();
    b.next();
    expect(a.shortAttrs(keys())).toEqual(b.attrs(keys()));
  });

  it('reads one-letter attributes and never a namespace declaration', () => {
    const sc = new XmlScanner('<c xmlns:r="urn:x" x:s="3" t="s" r="B7" rr="no"/>');
    sc.next();
    expect(sc.shortAttrs(keys())).toEqual({ r: 'B7', s: '3', t: 's' });
  });
});
