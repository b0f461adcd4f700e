import { describe, expect, it } from 'vitest';
import { changedWords, saveWords, usedWords } from '../../../renderer/src/sections/documents/document-words';
import { tidyCoverSheet } from '../../../renderer/src/sections/documents/cover-sheet-values';

describe('how the document page words things', () => {
  const now = new Date(2026, 11, 1, 15, 0);

  it('says when a document changed, in words', () => {
    expect(changedWords(new Date(2026, 11, 1, 10, 42).toISOString(), now)).toBe('Changed today at 10.42 am');
    expect(changedWords(new Date(2026, 10, 30, 16, 5).toISOString(), now)).toBe('Changed yesterday at 4.05 pm');
    expect(changedWords(new Date(2026, 9, 2, 9, 0).toISOString(), now)).toBe('Changed 2 October 2026');
    expect(changedWords('not a date', now)).toBe('Changed at an unknown time');
  });

  it('gives the save line in UK time, and the reason when a save failed', () => {
    expect(saveWords({ phase: 'saving' })).toBe('Saving…');
    expect(saveWords({ phase: 'saved', at: new Date(2026, 11, 1, 10, 42) })).toBe('Saved at 10.42 am');
    expect(saveWords({ phase: 'saved', at: new Date(2026, 11, 1, 12, 0) })).toBe('Saved at 12.00 noon');
    expect(saveWords({ phase: 'failed', reason: 'Cannot reach Scrutiny Pack Builder.' })).toBe('Not saved: Cannot reach Scrutiny Pack Builder.');
  });

  it('counts the agendas a document is used on', () => {
    expect([0, 1, 3].map(usedWords)).toEqual(['Not used on any agenda yet', 'Used on 1 agenda', 'Used on 3 agendas']);
  });

  it('stores a cover sheet without the blank fields and rows the form keeps while the author types', () => {
    expect(
      tidyCoverSheet({
        subject: 'Progress report',
        reportOf: '  ',
        meetingDate: '2026-12-01',
        recommendations: ['To note the progress.', ''],
        contactOfficers: [{ name: 'Ruth Calloway', jobTitle: '', phone: '', email: '' }, { name: '', jobTitle: ' ', phone: '', email: '' }],
        backgroundDocuments: [' '],
        isExempt: false,
      }),
    ).toEqual({
      subject: 'Progress report',
      meetingDate: '2026-12-01',
      recommendations: ['To note the progress.'],
      contactOfficers: [{ name: 'Ruth Calloway', jobTitle: '', phone: '', email: '' }],
      isExempt: false,
    });
  });
});
