// Minute references are {prefix}/{yy}/{n}: CYP/OSG/18/15 is the fifteenth
// minute of the Ofsted Subgroup in its 2018 numbering year. Numbers run on
// across the committee's meetings and restart at 1 each numbering year, which
// is the calendar year or the municipal year, as the authority chooses.

import { municipalYearOf } from './municipal-year';

export type MinuteNumberingRule = 'calendar_year' | 'municipal_year';

/** The authority's numbering settings. */
export type NumberingSettings = {
  minuteNumbering: MinuteNumberingRule;
  /** 1–12; the month a municipal year starts (May in most councils). */
  municipalYearStartMonth: number;
};

/** One meeting of a committee and its minute entries in position order. */
export type MeetingMinutes = {
  meetingId: number;
  meetingDate: string;
  startTime: string | null;
  entryIds: readonly number[];
};

/** The number one minute entry should carry. */
export type MinuteNumber = {
  entryId: number;
  meetingId: number;
  numberingYear: number;
  sequenceNumber: number;
  reference: string;
};

/** The numbering year of a meeting held on an ISO date: 2019-03-12 → 2018 (municipal, May start) or 2019 (calendar). */
export function numberingYearOf(meetingDate: string, settings: NumberingSettings): number {
  switch (settings.minuteNumbering) {
    case 'calendar_year':
      return Number(meetingDate.slice(0, 4));
    case 'municipal_year':
      return municipalYearOf(meetingDate, settings.municipalYearStartMonth);
  }
}

/** A reference as printed in the minutes: ('CYP/OSG', 2018, 15) → "CYP/OSG/18/15". */
export function formatMinuteReference(prefix: string, numberingYear: number, sequenceNumber: number): string {
  return `${prefix}/${String(numberingYear % 100).padStart(2, '0')}/${sequenceNumber}`;
}

/**
 * Numbers every minute entry of one committee: meetings in date order (then
 * start time, then id), each meeting's entries as one contiguous block in
 * position order, counting from 1 again when the numbering year changes.
 */
export function numberMinutes(prefix: string, settings: NumberingSettings, meetings: readonly MeetingMinutes[]): MinuteNumber[] {
  const ordered = [...meetings].sort(compareMeetings);
  const lastNumberOfYear = new Map<number, number>();
  const numbers: MinuteNumber[] = [];
  for (const meeting of ordered) {
    const numberingYear = numberingYearOf(meeting.meetingDate, settings);
    let sequenceNumber = lastNumberOfYear.get(numberingYear) ?? 0;
    for (const entryId of meeting.entryIds) {
      sequenceNumber += 1;
      numbers.push({ entryId, meetingId: meeting.meetingId, numberingYear, sequenceNumber, reference: formatMinuteReference(prefix, numberingYear, sequenceNumber) });
    }
    lastNumberOfYear.set(numberingYear, sequenceNumber);
  }
  return numbers;
}

function compareMeetings(a: MeetingMinutes, b: MeetingMinutes): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  const aTime = a.startTime ?? '';
  const bTime = b.startTime ?? '';
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return a.meetingId - b.meetingId;
}
