import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS,
  BANK_HOLIDAY_YEARS,
  bankHolidayOn,
  bankHolidaysBetween,
  bankHolidaysOf,
  easterSunday,
} from '../../../electron/core/domain/bank-holidays';

// The published England and Wales dates, written out by hand (gov.uk/bank-holidays),
// so the rules are checked against what really happened, proclamations included.
const PUBLISHED: Record<number, string[]> = {
  2015: ['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28'],
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: [
    '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03',
    '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  ],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
};

describe('bank holidays of England and Wales', () => {
  it.each(Object.entries(PUBLISHED))('match the published dates for %s', (year, dates) => {
    expect(bankHolidaysOf(Number(year)).map((holiday) => holiday.date)).toEqual(dates);
  });

  it('find Easter by the computus', () => {
    expect(easterSunday(2018)).toBe('2018-04-01');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest possible date
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible date
  });

  it('name the moved and extra days as they were proclaimed, and the substitute days as such', () => {
    expect(bankHolidayOn('2020-05-08')?.name).toBe('Early May bank holiday (VE day)');
    expect(bankHolidayOn('2020-05-04')).toBeNull();
    expect(bankHolidayOn('2022-05-30')).toBeNull();
    expect(bankHolidayOn('2022-06-02')?.name).toBe('Spring bank holiday');
    expect(bankHolidayOn('2022-06-03')?.name).toBe('Platinum Jubilee bank holiday');
    expect(bankHolidayOn('2022-09-19')?.name).toMatch(/State Funeral of Queen Elizabeth II/);
    expect(bankHolidayOn('2023-05-08')?.name).toMatch(/coronation of King Charles III/);
    expect(bankHolidayOn('2022-01-03')?.name).toBe('New Year’s Day (substitute day)');
    expect(bankHolidayOn('2022-12-27')?.name).toBe('Christmas Day (substitute day)');
    expect(bankHolidayOn('2022-12-26')?.name).toBe('Boxing Day');
    expect(bankHolidayOn('2021-12-27')?.name).toBe('Christmas Day (substitute day)');
    expect(bankHolidayOn('2020-12-28')?.name).toBe('Boxing Day (substitute day)');
    expect(bankHolidayOn('2018-10-02')).toBeNull();
  });

  it('cover 2015 to 2030, eight a year plus the four extra days, every one a weekday and none twice', () => {
    const years = BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1;
    expect(years).toBe(16);
    expect(BANK_HOLIDAYS).toHaveLength(years * 8 + 3);
    expect(new Set(BANK_HOLIDAYS.map((holiday) => holiday.date)).size).toBe(BANK_HOLIDAYS.length);
    for (const holiday of BANK_HOLIDAYS) {
      const weekday = new Date(`${holiday.date}T00:00:00Z`).getUTCDay();
      expect(weekday, holiday.date).not.toBe(0);
      expect(weekday, holiday.date).not.toBe(6);
    }
    expect(BANK_HOLIDAYS.map((holiday) => holiday.date)).toEqual(BANK_HOLIDAYS.map((holiday) => holiday.date).sort());
    expect(BANK_HOLIDAYS[0]?.date).toBe('2015-01-01');
    expect(BANK_HOLIDAYS.at(-1)?.date).toBe('2030-12-26');
  });

  it('refuse years outside the list rather than guess at proclamations not yet made', () => {
    expect(() => bankHolidaysOf(2014)).toThrow(RangeError);
    expect(() => bankHolidaysOf(2031)).toThrow(/2015 to 2030/);
    expect(bankHolidayOn('2031-01-01')).toBeNull();
  });

  it('give those in a range, both ends included', () => {
    expect(bankHolidaysBetween('2018-12-25', '2019-01-01').map((holiday) => holiday.date)).toEqual(['2018-12-25', '2018-12-26', '2019-01-01']);
    expect(bankHolidaysBetween('2018-09-01', '2018-10-31')).toEqual([]);
  });
});
