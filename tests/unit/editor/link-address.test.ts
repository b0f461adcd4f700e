import { describe, expect, it } from 'vitest';
import { linkAddressOf } from '../../../renderer/src/components/editor/link-address';
import { shortcutText } from '../../../renderer/src/components/editor/toolbar-items';

describe('the link form’s address', () => {
  it('keeps web, email and phone links as given', () => {
    expect(linkAddressOf(' https://www.castlemere.example/plan ')).toBe('https://www.castlemere.example/plan');
    expect(linkAddressOf('http://intranet.castlemere.example')).toBe('http://intranet.castlemere.example');
    expect(linkAddressOf('mailto:ruth.calloway@castlemere.example')).toBe('mailto:ruth.calloway@castlemere.example');
    expect(linkAddressOf('tel:+441134960412')).toBe('tel:+441134960412');
  });

  it('completes addresses typed the way people read them', () => {
    expect(linkAddressOf('www.castlemere.example')).toBe('https://www.castlemere.example');
    expect(linkAddressOf('castlemere.example/early-help?x=1')).toBe('https://castlemere.example/early-help?x=1');
    expect(linkAddressOf('ruth.calloway@castlemere.example')).toBe('mailto:ruth.calloway@castlemere.example');
    expect(linkAddressOf('0113 496 0412')).toBe('tel:01134960412');
  });

  it('refuses anything else', () => {
    for (const typed of ['', '   ', 'javascript:alert(1)', 'file:///C:/report.docx', 'data:text/html,x', 'https://', 'not a link', 'ftp://x.example', 'vbscript:x']) {
      expect(linkAddressOf(typed), typed).toBeNull();
    }
  });
});

describe('shortcuts in button titles', () => {
  it('reads as Ctrl+… on Windows and Linux and with symbols on a Mac', () => {
    expect(shortcutText('Mod-Shift-9', false)).toBe('Ctrl+Shift+9');
    expect(shortcutText('Mod-Alt-1', false)).toBe('Ctrl+Alt+1');
    expect(shortcutText('Mod-Shift-9', true)).toBe('⌘⇧9');
  });
});
