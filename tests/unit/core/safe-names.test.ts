import { describe, expect, it } from 'vitest';
import { limitFileName, numberedFileName, safeFileName, splitExtension } from '../../../electron/core/attachments/safe-names';

describe('safe file names', () => {
  it('keep only the last part of a path, whichever separator it uses', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a\\b.pdf')).toBe('b.pdf');
    expect(safeFileName('C:\\Users\\clerk\\Desktop\\Agenda.docx')).toBe('Agenda.docx');
    expect(safeFileName('/tmp/')).toBe('attachment');
  });

  it('drop control, reserved and disguising characters, and trailing dots and spaces', () => {
    expect(safeFileName('Q1: "final" <draft>?|*.pdf')).toBe('Q1 final draft.pdf');
    expect(safeFileName('tab\there\u0000.txt')).toBe('tabhere.txt');
    expect(safeFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(safeFileName('minutes.pdf. . ')).toBe('minutes.pdf');
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(safeFileName('   ')).toBe('attachment');
  });

  it('never give a Windows device name, with or without an extension', () => {
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul')).toBe('_nul');
    expect(safeFileName('Lpt1.tar.gz')).toBe('_Lpt1.tar.gz');
    expect(safeFileName('CONTRACT.pdf')).toBe('CONTRACT.pdf');
    expect(safeFileName('com10.pdf')).toBe('com10.pdf');
  });

  it('fit in 255 bytes and keep the extension, never cutting a character in half', () => {
    const long = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('aaa.pdf')).toBe(true);

    const accented = safeFileName(`${'é'.repeat(200)}.docx`);
    expect(Buffer.byteLength(accented)).toBeLessThanOrEqual(255);
    expect(accented).toBe(`${'é'.repeat(125)}.docx`);
  });

  it('split extensions only where one really is', () => {
    expect(splitExtension('report.final.pdf')).toEqual({ stem: 'report.final', extension: 'pdf' });
    expect(splitExtension('Minutes 2. final')).toEqual({ stem: 'Minutes 2. final', extension: '' });
    expect(splitExtension('.profile')).toEqual({ stem: '.profile', extension: '' });
  });

  it('number copies before the extension, still within the limit', () => {
    expect(numberedFileName('report.pdf', 1)).toBe('report.pdf');
    expect(numberedFileName('report.pdf', 2)).toBe('report (2).pdf');
    expect(numberedFileName('notes', 3)).toBe('notes (3)');
    const numbered = numberedFileName(`${'b'.repeat(251)}.pdf`, 12);
    expect(numbered).toHaveLength(255);
    expect(numbered.endsWith('b (12).pdf')).toBe(true);
    expect(limitFileName('short.txt')).toBe('short.txt');
  });
});
