// Minute references are {prefix}/{yy}/{n}: CYP/OSG/18/15 is the fifteenth
// minute of the Ofsted Subgroup in its 2018 numbering year. Numbers run on
// across the committee's meetings and restart at 1 each numbering year, which
// is the calendar year or the municipal year, as the authority chooses.
// Minutes approved as a correct record are the record: their references are
// quoted in later minutes and reports, so they never change again, whatever
// happens to the meetings around them or to the rule.

import { municipalYearOf } from '../../../shared/format/municipal-year';

export type MinuteNumberingRule = 'calendar_year' | 'municipal_year';

/** The authority's numbering settings. */
export type NumberingSettings = {
  minuteNumbering: MinuteNumberingRule;
  /** 1–12; the month a municipal year starts (May in most councils). */
  municipalYearStartMonth: number;
};

/** A number as stored with a minute entry. */
export type EntryNumber = { numberingYear: number; sequenceNumber: number; reference: string };

/** One meeting of a committee and its minute entries in position order. */
export type MeetingMinutes = {
  meetingId: number;
  meetingDate: string;
  startTime: string | null;
  entryIds: readonly number[];
  /**
   * Set when the minutes are approved: the numbers they carry now, one per
   * entry in `entryIds` order. They are kept as they are.
   */
  approvedNumbers?: readonly EntryNumber[] | undefined;
};

/** The number one minute entry should carry. */
export type MinuteNumber = EntryNumber & {
  entryId: number;
  meetingId: number;
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
 *
 * Approved minutes keep their numbers. The minutes after them in a year
 * number on from the highest number approved so far, and no entry ever takes
 * a reference that approved minutes (or `reserved`: references held outside
 * this committee) already carry — so an earlier, unapproved meeting whose
 * block no longer fits below approved numbers moves to the next free block
 * rather than pushing approved ones up.
 */
export function numberMinutes(
  prefix: string,
  settings: NumberingSettings,
  meetings: readonly MeetingMinutes[],
  reserved: ReadonlySet<string> = new Set(),
): MinuteNumber[] {
  const ordered = [...meetings].sort(compareMeetings);
  const taken = new Set(reserved);
  for (const meeting of ordered) for (const number of meeting.approvedNumbers ?? []) taken.add(number.reference);
  const lastNumberOfYear = new Map<number, number>();
  const numbers: MinuteNumber[] = [];
  for (const meeting of ordered) {
    if (meeting.approvedNumbers !== undefined) {
      meeting.approvedNumbers.forEach((kept, index) => {
        const entryId = meeting.entryIds[index];
        if (entryId !== undefined) numbers.push({ ...kept, entryId, meetingId: meeting.meetingId });
        lastNumberOfYear.set(kept.numberingYear, Math.max(lastNumberOfYear.get(kept.numberingYear) ?? 0, kept.sequenceNumber));
      });
      continue;
    }
    const numberingYear = numberingYearOf(meeting.meetingDate, settings);
    const isFree = (sequenceNumber: number) => !taken.has(formatMinuteReference(prefix, numberingYear, sequenceNumber));
    const first = firstFreeBlock((lastNumberOfYear.get(numberingYear) ?? 0) + 1, meeting.entryIds.length, isFree);
    meeting.entryIds.forEach((entryId, index) => {
      const sequenceNumber = first + index;
      numbers.push({ entryId, meetingId: meeting.meetingId, numberingYear, sequenceNumber, reference: formatMinuteReference(prefix, numberingYear, sequenceNumber) });
    });
    if (meeting.entryIds.length > 0) lastNumberOfYear.set(numberingYear, first + meeting.entryIds.length - 1);
  }
  return numbers;
}

/** The first number from `start` at which `count` numbers in a row are free: a meeting's block stays whole. */
function firstFreeBlock(start: number, count: number, isFree: (sequenceNumber: number) => boolean): number {
  let first = start;
  for (let offset = 0; offset < count; offset += 1) {
    if (!isFree(first + offset)) {
      first += offset + 1;
      offset = -1;
    }
  }
  return first;
}

function compareMeetings(a: MeetingMinutes, b: MeetingMinutes): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  const aTime = a.startTime ?? '';
  const bTime = b.startTime ?? '';
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return a.meetingId - b.meetingId;
}
