import { describe, expect, it } from 'vitest';
import { reportDeadline } from '../../../electron/core/domain/report-deadline';

describe('report deadlines', () => {
  it('count calendar days back from the meeting', () => {
    expect(reportDeadline('2018-10-02', 11, 'calendar_days')).toBe('2018-09-21'); // Tuesday → Friday
    expect(reportDeadline('2020-03-10', 11, 'calendar_days')).toBe('2020-02-28'); // across a leap day
    expect(reportDeadline('2019-01-08', 14, 'calendar_days')).toBe('2018-12-25'); // across a year, no holidays known
  });

  it('move a calendar deadline that lands on a weekend back to the Friday', () => {
    expect(reportDeadline('2018-10-04', 11, 'calendar_days')).toBe('2018-09-21'); // Sunday → Friday
    expect(reportDeadline('2018-10-03', 11, 'calendar_days')).toBe('2018-09-21'); // Saturday → Friday
    expect(reportDeadline('2018-10-06', 0, 'calendar_days')).toBe('2018-10-05');
  });

  it('count working days (Monday to Friday) before the meeting', () => {
    expect(reportDeadline('2018-10-02', 5, 'working_days')).toBe('2018-09-25');
    expect(reportDeadline('2018-10-02', 10, 'working_days')).toBe('2018-09-18');
    expect(reportDeadline('2018-10-01', 1, 'working_days')).toBe('2018-09-28'); // Monday meeting → Friday before
    expect(reportDeadline('2018-10-02', 0, 'working_days')).toBe('2018-10-02');
  });

  it('skip non-working dates when the caller knows them (bank holidays)', () => {
    const holidays = new Set(['2018-12-25', '2018-12-26', '2019-01-01']);
    expect(reportDeadline('2019-01-03', 5, 'working_days', holidays)).toBe('2018-12-24');
    expect(reportDeadline('2019-01-08', 7, 'calendar_days', holidays)).toBe('2018-12-31');
    expect(reportDeadline('2019-01-08', 7, 'calendar_days')).toBe('2019-01-01');
  });

  it('refuses a negative number of days or a date that is not one', () => {
    expect(() => reportDeadline('2018-10-02', -1, 'calendar_days')).toThrow(RangeError);
    expect(() => reportDeadline('2018-02-xx', 3, 'working_days')).toThrow(RangeError);
  });
});
