import { describe, expect, it } from 'vitest';
import { dueDateFromTimescale } from '../../../electron/core/domain/action-dates';
import { ukDateOf } from '../../../electron/core/domain/calendar';

describe('due dates from timescales', () => {
  it('take the last day of the month named', () => {
    expect(dueDateFromTimescale('September 2018')).toBe('2018-09-30');
    expect(dueDateFromTimescale('december 2025')).toBe('2025-12-31');
    expect(dueDateFromTimescale(' Sept. 2018 ')).toBe('2018-09-30');
    expect(dueDateFromTimescale('Jan 2019')).toBe('2019-01-31');
  });

  it('know February in leap years', () => {
    expect(dueDateFromTimescale('February 2020')).toBe('2020-02-29');
    expect(dueDateFromTimescale('February 2019')).toBe('2019-02-28');
    expect(dueDateFromTimescale('February 2100')).toBe('2100-02-28');
  });

  it('are not guessed from anything else', () => {
    for (const label of ['', 'Ongoing', 'Quarterly', 'From October 2025', 'Q3 2018', 'Smarch 2018', 'September', '2018', 'September 18', 'September 1850']) {
      expect(dueDateFromTimescale(label), label).toBeNull();
    }
  });
});

describe('the UK date of a moment', () => {
  it('follows British Summer Time', () => {
    expect(ukDateOf(new Date('2018-07-01T23:30:00Z'))).toBe('2018-07-02');
    expect(ukDateOf('2018-12-01T23:30:00Z')).toBe('2018-12-01');
  });
});
