// The minutes of a meeting as they go into the next pack for approval:
// who was there (with partial attendance by minute reference), apologies,
// then each minute with its discussion and decisions. The public edition
// prints a minute taken with the public excluded as its reference and heading
// only, with a line saying it is not published, as committee officers do.
import { richTextToBlocks } from '../rich-text';
import type { Block, DocumentModel } from '../model';
import type { AttendeeSource, Edition, MinuteEntrySource, MinutesSource } from '../sources';
import { councillorNames, councillorsLabel, formalName, fullCommitteeName, heading, isCouncillor, joinAnd, paragraph, shortDate } from './common';

/** The minutes document of one meeting, for one edition of a pack (the members' edition, with everything, unless told). */
export function minutesDocument(source: MinutesSource, edition: Edition = 'members'): DocumentModel {
  const date = shortDate(source.meetingDate);
  return {
    info: {
      title: source.title,
      subject: `Minutes of the ${source.committee.name} meeting held on ${date}`,
      author: source.authorityName,
    },
    blocks: [
      heading(1, fullCommitteeName(source.committee)),
      paragraph(`Minutes of the meeting held on ${date}`, 'subtitle'),
      ...attendance(source),
      ...source.entries.flatMap((entry) => (entry.isPublicExcluded && edition === 'public' ? withheldEntry(entry) : minuteEntry(entry))),
    ],
  };
}

/** "[CYP/IMP/26/1 - CYP/IMP/26/3]" after the name of someone who was there for part of the meeting. */
function partOf(attendee: AttendeeSource): string {
  const { fromReference: from, toReference: to } = attendee;
  if (from !== null && to !== null) return `[${from} - ${to}]`;
  if (from !== null) return `[from ${from}]`;
  if (to !== null) return `[to ${to}]`;
  return '';
}

/** "Mr I Coleman, Diocesan representative [CYP/IMP/26/4 - …]"; officers by their full name ("Ruth Calloway, Strategic Director"). */
function lineFor(attendee: AttendeeSource, isOfficer = false): string {
  const capacity = attendee.capacity.trim();
  const name = isOfficer ? attendee.fullName.trim() : formalName(attendee);
  return [`${name}${capacity === '' ? '' : `, ${capacity}`}`, partOf(attendee)].filter((part) => part !== '').join(' ');
}

function attendance(source: MinutesSource): Block[] {
  const chair = source.present.find((attendee) => attendee.isChair);
  const members = source.present.filter((attendee) => !attendee.isChair);
  const councillors = members.filter(isCouncillor);
  const present: string[] = [];
  if (chair) present.push([`${formalName(chair)} – in the Chair`, partOf(chair)].filter((part) => part !== '').join(' '));
  if (councillors.length > 0) present.push(`${councillorsLabel(councillors.length)} ${joinAnd(councillorNames(councillors, partOf))}`);
  present.push(...members.filter((attendee) => !isCouncillor(attendee)).map((attendee) => lineFor(attendee)));
  // Councillors attending in another capacity are listed with the members, as councils do; officers separately.
  present.push(...source.alsoAttending.filter(isCouncillor).map((attendee) => lineFor(attendee)));
  const officers = source.alsoAttending.filter((attendee) => !isCouncillor(attendee)).map((attendee) => lineFor(attendee, true));
  const apologies = source.apologies.map((attendee) => lineFor(attendee));
  return [
    ...(present.length > 0 ? [heading(2, 'Present'), ...present.map((line) => paragraph(line))] : []),
    ...(officers.length > 0 ? [heading(2, 'Also present'), ...officers.map((line) => paragraph(line))] : []),
    ...(apologies.length > 0 ? [heading(2, 'Apologies'), ...apologies.map((line) => paragraph(line))] : []),
  ];
}

const titleOf = (entry: MinuteEntrySource): string => `${entry.reference}   ${entry.heading}${entry.isPublicExcluded ? ' (Public Excluded)' : ''}`;

function minuteEntry(entry: MinuteEntrySource): Block[] {
  const decisions = entry.decisions.map((decision) => decision.trim()).filter((decision) => decision !== '');
  return [
    heading(2, titleOf(entry)),
    ...richTextToBlocks(entry.discussion, { isNumbered: false, headingOffset: 2 }),
    ...decisionBlocks(decisions),
  ];
}

function decisionBlocks(decisions: readonly string[]): Block[] {
  const [only] = decisions;
  if (only === undefined) return [];
  if (decisions.length === 1) return [heading(3, 'Decision'), paragraph(only)];
  return [heading(3, 'Decisions'), { type: 'list', isOrdered: true, items: decisions.map((decision) => [paragraph(decision)]) }];
}

/**
 * A public-excluded minute in the public edition: reference and heading, then
 * why the rest is withheld. Neither its discussion nor its decisions are read,
 * so nothing of them can reach the page.
 */
function withheldEntry(entry: MinuteEntrySource): Block[] {
  return [heading(2, titleOf(entry)), paragraph(withheldNotice(entry.exemptGround ?? ''), 'notice')];
}

/** "… exempt information as defined in paragraph 3 of Part 1 of Schedule 12A …", naming the paragraph when the ground gives one. */
function withheldNotice(ground: string): string {
  const paragraphNumber = /\bparagraphs?\s+(\d+[A-Z]?)\b/i.exec(ground)?.[1];
  if (paragraphNumber !== undefined && /schedule\s+12A/i.test(ground)) {
    const part = /\bpart\s+(\d+|I{1,3})\b/i.exec(ground)?.[1] ?? '1';
    return `This minute contains exempt information as defined in paragraph ${paragraphNumber} of Part ${part} of Schedule 12A to the Local Government Act 1972, and is not published.`;
  }
  const reason = ground.trim().replace(/\.$/, '');
  return `This minute contains exempt information and is not published.${reason === '' ? '' : ` Ground for exemption: ${reason}.`}`;
}
