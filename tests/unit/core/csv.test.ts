import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../electron/core/domain/csv';
import { richTextPlain } from '../../../electron/core/documents/plain-text';

describe('CSV that spreadsheets open safely', () => {
  it('turns anything that starts like a formula into text', () => {
    for (const attack of ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(attack).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('Ensure plans are reviewed')).toBe('Ensure plans are reviewed');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, and ends lines with CRLF after a byte-order mark', () => {
    expect(csvCell('Red, off track')).toBe('"Red, off track"');
    expect(csvCell('The “Front Door” "MASH"')).toBe('"The “Front Door” ""MASH"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(toCsv([['a', 'b'], ['=1', 'c,d']])).toBe('\uFEFFa,b\r\n\'=1,"c,d"\r\n');
  });

  it('takes the words of a rich-text note, a line per paragraph', () => {
    const note = { type: 'doc' as const, content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Audit done; ' }, { type: 'text', text: 'findings shared', marks: [{ type: 'bold' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Next: training' }] }] }] },
    ] };
    expect(richTextPlain(note)).toBe('Audit done; findings shared\nNext: training');
  });
});
