import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS } from '../../../electron/core/domain/bank-holidays';
import { reportDeadline } from '../../../electron/core/domain/report-deadline';
import { agendaPublishBy, isAgendaInTime, privateNoticeBy } from '../../../electron/core/domain/statutory-timetable';
import { addDays, clearWorkingDaysBetween, daysBetween, utcDateOf } from '../../../electron/core/domain/working-days';

const bankHolidays: ReadonlySet<string> = new Set(BANK_HOLIDAYS.map((holiday) => holiday.date));
const none: ReadonlySet<string> = new Set();

describe('the seed meeting, Tuesday 2 October 2018', () => {
  it('had its report deadline on Friday 21 September (the authority’s 11 days) and its agenda out on Monday 24 September, the last lawful day', () => {
    expect(reportDeadline('2018-10-02', 11, 'calendar_days', bankHolidays)).toBe('2018-09-21');
    expect(agendaPublishBy('2018-10-02', bankHolidays)).toBe('2018-09-24');
    expect(isAgendaInTime('2018-09-24', '2018-10-02', bankHolidays)).toBe(true);
    expect(clearWorkingDaysBetween('2018-09-24', '2018-10-02', bankHolidays)).toBe(5); // 25, 26, 27, 28 September and 1 October
    expect(isAgendaInTime('2018-09-25', '2018-10-02', bankHolidays)).toBe(false);
  });
});

describe('five clear working days before a meeting', () => {
  it('leave out the meeting day, the publication day and weekends', () => {
    expect(agendaPublishBy('2018-10-01', none)).toBe('2018-09-21'); // Monday meeting → Friday of the week before last
    expect(agendaPublishBy('2018-10-05', none)).toBe('2018-09-27'); // Friday → Thursday of the week before
    expect(agendaPublishBy('2018-10-03', none)).toBe('2018-09-25'); // Wednesday → Tuesday
  });

  it('are always published on a working day, for the agenda must be open to inspection at the offices', () => {
    // The five clear days of a Saturday meeting run Monday to Friday; Sunday would do on paper, but the offices are shut.
    expect(agendaPublishBy('2018-10-06', none)).toBe('2018-09-28');
    // Tuesday 4 September 2018: the day before the clear days is Summer bank holiday, so the Friday before it.
    expect(agendaPublishBy('2018-09-04', bankHolidays)).toBe('2018-08-24');
  });

  it('step over a bank holiday inside the window', () => {
    // Thursday 30 August 2018: Summer bank holiday on Monday 27th is not a clear day.
    expect(agendaPublishBy('2018-08-30', none)).toBe('2018-08-22');
    expect(agendaPublishBy('2018-08-30', bankHolidays)).toBe('2018-08-21');
    // Easter 2019: Good Friday 19 and Easter Monday 22 April both fall in the window of Wednesday 24 April.
    expect(agendaPublishBy('2019-04-24', bankHolidays)).toBe('2019-04-12');
  });

  it('step over Christmas and New Year', () => {
    // Thursday 3 January 2019: clear days 2 January, 31, 28, 27 and 24 December.
    expect(agendaPublishBy('2019-01-03', bankHolidays)).toBe('2018-12-21');
    expect(agendaPublishBy('2019-01-03', none)).toBe('2018-12-26');
    // Christmas 2021 fell at a weekend, New Year's Day 2022 too: clear days 5 and 4 January (the 3rd is a
    // substitute day), 31, 30 and 29 December; the 28th and 27th are substitute days, so Christmas Eve.
    expect(agendaPublishBy('2022-01-06', bankHolidays)).toBe('2021-12-24');
    expect(agendaPublishBy('2022-01-06', none)).toBe('2021-12-29');
  });

  it('count the authority’s own non-working days like bank holidays', () => {
    const closed = new Set([...bankHolidays, '2018-09-28']);
    expect(agendaPublishBy('2018-10-02', closed)).toBe('2018-09-21');
    expect(isAgendaInTime('2018-09-24', '2018-10-02', closed)).toBe(false);
  });

  it('are never met by publishing on or after the meeting day', () => {
    expect(isAgendaInTime('2018-10-02', '2018-10-02', none)).toBe(false);
    expect(isAgendaInTime('2018-10-09', '2018-10-02', none)).toBe(false);
  });
});

describe('28 clear days’ notice of a private meeting', () => {
  it('counts calendar days, leaving out the notice day and the meeting day', () => {
    expect(privateNoticeBy('2018-10-02')).toBe('2018-09-03');
    expect(daysBetween('2018-09-03', '2018-10-02') - 1).toBe(28);
    expect(privateNoticeBy('2020-03-27')).toBe('2020-02-27'); // 28 and 29 February, then 1 to 26 March
    expect(privateNoticeBy('2019-01-15')).toBe('2018-12-17'); // weekends and Christmas count: they are calendar days
  });
});

describe('report deadlines with the bank holidays', () => {
  it('move back past a bank holiday as past a weekend', () => {
    expect(reportDeadline('2019-01-08', 14, 'calendar_days', bankHolidays)).toBe('2018-12-24'); // Christmas Day → Christmas Eve
    expect(reportDeadline('2018-09-07', 11, 'calendar_days', bankHolidays)).toBe('2018-08-24'); // Summer bank holiday → Friday
    expect(reportDeadline('2019-01-03', 5, 'working_days', bankHolidays)).toBe('2018-12-24');
  });
});

describe('day arithmetic', () => {
  it('refuses what is not a calendar date', () => {
    for (const bad of ['2018-02-30', '2018-13-01', '2018-9-1', 'yesterday', '']) expect(() => utcDateOf(bad), bad).toThrow(RangeError);
    expect(() => agendaPublishBy('2019-02-29', none)).toThrow(RangeError);
  });

  it('crosses month, year and clock changes by whole days', () => {
    expect(addDays('2018-10-28', -1)).toBe('2018-10-27'); // clocks went back that night
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(daysBetween('2018-03-24', '2018-03-26')).toBe(2);
  });
});
