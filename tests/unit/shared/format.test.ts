import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatTime } from '../../../shared/format/dates';
import { formatFileSize } from '../../../shared/format/sizes';

describe('UK date and time formats', () => {
  it('writes an agenda date with the weekday', () => {
    expect(formatLongDate(new Date(2018, 9, 2))).toBe('Tuesday, 2 October 2018');
    expect(formatLongDate(new Date(2024, 1, 29))).toBe('Thursday, 29 February 2024');
    expect(formatDate(new Date(2026, 10, 22))).toBe('22 November 2026');
  });

  it('writes times with a point and am/pm', () => {
    expect(formatTime(10, 0)).toBe('10.00 am');
    expect(formatTime(14, 30)).toBe('2.30 pm');
    expect(formatTime(0, 5)).toBe('12.05 am');
    expect(formatTime(12, 0)).toBe('12.00 noon');
    expect(formatTime(12, 15)).toBe('12.15 pm');
    expect(() => formatTime(24, 0)).toThrow(RangeError);
  });

  it('joins date and time', () => {
    expect(formatDateTime(new Date(2018, 9, 2, 18, 0))).toBe('2 October 2018 at 6.00 pm');
  });
});

describe('file sizes', () => {
  it('rounds to a readable unit', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(4200)).toBe('4.2 KB');
    expect(formatFileSize(18_400_000)).toBe('18 MB');
    expect(formatFileSize(-1)).toBe('unknown size');
  });
});
