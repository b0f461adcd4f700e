import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/src/components/editor/paste-cleaner';
import { markerKind } from '../../../renderer/src/components/editor/word-lists';

const wordClipboard = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/word-clipboard.html'), 'utf8');

describe('pasting from Word', () => {
  const cleaned = cleanPastedHtml(wordClipboard);

  it('drops Word’s styling, classes, fonts, colours, <o:p>, conditionals and head', () => {
    for (const junk of ['mso-', 'class=', 'style=', '<o:p', '<![', '<!--', 'Mso', '<font', '<span', 'Calibri', 'color', '<meta', '<link', '<style', '<xml', 'lang=', '@font-face', 'StartFragment']) {
      expect(cleaned, junk).not.toContain(junk);
    }
  });

  it('keeps headings (without Word’s typed-out number), paragraphs, bold, italic and links', () => {
    expect(cleaned).toContain('<h1>Progress since July</h1>');
    expect(cleaned).toContain('<strong>every referral within\none working day</strong>');
    expect(cleaned).toContain('<em>Family Group Conference</em>');
    expect(cleaned).toContain('<a href="https://www.castlemere.example/early-help">council\nwebsite</a>.</p>');
  });

  it('turns Word’s list paragraphs into real nested lists, bullets and numbers apart', () => {
    expect(cleaned).toContain(
      '<ul><li><p>Assessments completed on time rose to\n87%</p><ul><li><p>Highest in the north locality</p></li></ul></li><li><p>Supervision records audited monthly</p></li></ul>',
    );
    expect(cleaned).toContain('<p>Next steps:</p><ol><li><p>Recruit two senior practitioners</p></li><li><p>Report back in March</p></li></ol>');
    expect(cleaned).not.toMatch(/·|>o</);
  });

  it('makes a report’s multi-level paragraph number a numbered paragraph', () => {
    expect(cleaned).toContain('<p data-numbered="true">The return home interview service is now\n commissioned in house.</p>');
    expect(cleaned).not.toContain('4.1.1');
  });

  it('keeps the table with its header row, and no widths or borders', () => {
    expect(cleaned).toContain(
      '<table><tr><th><p><strong>Measure</strong></p></th><th><p><strong>October 2026</strong></p></th></tr><tr><td><p>Assessments on time</p></td><td><p>87%</p></td></tr></table>',
    );
  });

  it('drops empty paragraphs, page breaks and the comment with its reference', () => {
    expect(cleaned).not.toMatch(/<p>\s*<\/p>/);
    expect(cleaned).not.toContain('<br');
    expect(cleaned).not.toContain('Check this figure');
    expect(cleaned).not.toContain('[LP1]');
    expect(cleaned.endsWith('<p>Rated <strong>amber</strong>.</p>')).toBe(true);
  });
});

describe('pasting from elsewhere', () => {
  it('keeps bold and italic set by style (Google Docs) and unwraps its normal-weight wrapper', () => {
    const html = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;color:#000000">Strong</span><span style="font-style:italic"> point</span></p></b>';
    expect(cleanPastedHtml(html)).toBe('<p><strong>Strong</strong><em> point</em></p>');
  });

  it('keeps only web, email and phone links', () => {
    const html = '<p><a href="javascript:alert(1)">one</a> <a href="file:///C:/x.docx">two</a> <a href="#_Toc1">three</a> <a href="mailto:a@b.example">four</a> <a href="tel:+441134960000">five</a></p>';
    expect(cleanPastedHtml(html)).toBe('<p>one two three <a href="mailto:a@b.example">four</a> <a href="tel:+441134960000">five</a></p>');
  });

  it('drops scripts, pictures and forms but keeps the words around them', () => {
    const html = '<div><script>alert(1)</script><p>Before <img src="x.png" onerror="alert(1)"> after</p><form><input value="x"></form></div>';
    expect(cleanPastedHtml(html)).toBe('<div><p>Before  after</p></div>');
  });

  it('keeps the space between inline runs and escapes text', () => {
    expect(cleanPastedHtml('<b>a</b> <i>b</i> &lt;c&gt; &amp; d')).toBe('<strong>a</strong> <em>b</em> &lt;c&gt; &amp; d');
  });

  it('reads unclosed paragraphs, list items and cells as browsers do', () => {
    expect(cleanPastedHtml('<p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y</table>')).toBe(
      '<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>',
    );
  });

  it('gives deep headings as level 3 and keeps cell spans', () => {
    expect(cleanPastedHtml('<h5>Deep</h5><table><tr><td colspan="2" width="40">Wide</td></tr></table>')).toBe('<h3>Deep</h3><table><tr><td colspan="2">Wide</td></tr></table>');
  });
});

describe('Word’s list markers', () => {
  it('tells bullets, ordered numbers and paragraph numbers apart', () => {
    expect(['·', 'o', '§', '-', '•'].map(markerKind)).toEqual(['bullet', 'bullet', 'bullet', 'bullet', 'bullet']);
    expect(['1.', '12)', 'a.', '(iv)', 'B.'].map(markerKind)).toEqual(['ordered', 'ordered', 'ordered', 'ordered', 'ordered']);
    expect(['4.1.1', '1.0', '2.3.', '10.12'].map(markerKind)).toEqual(['numbered', 'numbered', 'numbered', 'numbered']);
  });
});
