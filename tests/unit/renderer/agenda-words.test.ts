import { describe, expect, it } from 'vitest';
import type { AgendaItemWithPapers, MeetingDetail } from '../../../shared/api/methods/meetings';
import { droppedOrder, exclusionChange, groundChoiceOf, groundOfParagraph, missingPaperText, steppedOrder } from '../../../renderer/src/sections/meetings/agenda-words';

describe('the agenda builder’s rules', () => {
  it('moves an item one step, stepping over the exclusion of the public', () => {
    expect(steppedOrder([1, 2, 3], 3, -1)).toEqual([1, 3, 2]);
    expect(steppedOrder([1, 2, 3], 1, -1)).toEqual([1, 2, 3]);
    expect(steppedOrder([1, 2, 3], 3, 1)).toEqual([1, 2, 3]);
    // 9 is the exclusion item, before exempt item 4: moving 4 up passes 3, not 9 (the agenda then puts 9 back before 4).
    expect(steppedOrder([1, 3, 9, 4, 5], 4, -1, [9])).toEqual([1, 4, 9, 3, 5]);
    expect(steppedOrder([1, 9, 4, 3, 5], 4, 1, [9])).toEqual([1, 9, 3, 4, 5]);
  });

  it('drops an item before another, or at the end', () => {
    expect(droppedOrder([1, 2, 3, 4], 4, 2)).toEqual([1, 4, 2, 3]);
    expect(droppedOrder([1, 2, 3, 4], 1, null)).toEqual([2, 3, 4, 1]);
    expect(droppedOrder([1, 2, 3, 4], 2, 3)).toEqual([1, 2, 3, 4]);
  });

  it('reads and writes the Schedule 12A paragraph of a ground', () => {
    const ground = groundOfParagraph(3);
    expect(ground).toBe('Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information about the financial or business affairs of any particular person (the council included).');
    expect(groundChoiceOf(ground)).toBe('3');
    expect(groundChoiceOf('Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person (including the authority holding that information).')).toBe('3');
    expect(groundChoiceOf('Commercially confidential until the contract is signed')).toBe('other');
    expect(groundChoiceOf('  ')).toBe('');
  });

  it('flags a report with no paper with its deadline, and nothing else', () => {
    const report = { kind: 'report' as const, isToFollow: false, papers: [] };
    expect(missingPaperText(report, '2026-11-20', '2026-11-23')).toBe('No paper yet — reports were due Friday, 20 November 2026');
    expect(missingPaperText(report, '2027-01-29', '2026-11-23')).toBe('No paper yet — reports are due by Friday, 29 January 2027');
    expect(missingPaperText(report, null, '2026-11-23')).toBe('No paper yet.');
    expect(missingPaperText({ ...report, isToFollow: true }, '2026-11-20', '2026-11-23')).toBeNull();
    expect(missingPaperText({ ...report, kind: 'minutes' }, '2026-11-20', '2026-11-23')).toBeNull();
  });

  it('says what happened to the exclusion of the public', () => {
    const line = (id: number, title: string, kind: AgendaItemWithPapers['kind'] = 'report') => ({ id, title, kind }) as AgendaItemWithPapers;
    const meeting = (...items: AgendaItemWithPapers[]) => ({ agendaItems: items }) as MeetingDetail;
    const minutes = line(1, 'Minutes', 'minutes');
    const review = line(2, 'Residential care review');
    const exclusion = line(9, 'Exclusion of the public', 'exclusion_of_public');
    expect(exclusionChange(meeting(minutes, review), meeting(minutes, exclusion, review))).toBe(' “Exclusion of the public” was added as item 2 before “Residential care review”.');
    expect(exclusionChange(meeting(minutes, exclusion, review), meeting(minutes, review))).toBe(' “Exclusion of the public” was taken off, as no item is exempt now.');
    expect(exclusionChange(meeting(minutes, exclusion, review), meeting(exclusion, review, minutes))).toBe(' “Exclusion of the public” is now item 1 before “Residential care review”.');
    expect(exclusionChange(meeting(minutes, exclusion, review), meeting(minutes, exclusion, review))).toBe('');
    expect(exclusionChange(meeting(minutes, review), meeting(review, minutes))).toBe('');
  });
});
