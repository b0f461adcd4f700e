import { z } from 'zod';
import { method } from '../method';
import { clockTime, id, line, orderedIds, paragraph, requiredLine, updateOf } from '../schema';
import type { Person } from './people';

/** A committee as stored: terms of reference paragraphs, defaults for new meetings. */
export type Committee = {
  id: number;
  name: string;
  parentId: number | null;
  minutePrefix: string;
  contactOfficerId: number | null;
  torOperation: string;
  torAccessToInformation: string;
  defaultVenue: string;
  defaultStartTime: string | null;
  /** An executive body (cabinet or its committees): a private meeting needs 28 clear days' notice. */
  isExecutive: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** One row of the committees list: everything the list shows, in one call. */
export type CommitteeSummary = Committee & {
  parentName: string | null;
  contactOfficerName: string | null;
  meetingCount: number;
  /** The first meeting on or after today, as YYYY-MM-DD. */
  nextMeetingDate: string | null;
  /** The chair in the municipal year asked for (this one by default), with honorific: "Cllr Ann Hale"; null when none is chosen. */
  chairName: string | null;
};

/** One numbered item of the terms of reference's rationale. */
export type RationaleItem = {
  id: number;
  position: number;
  text: string;
};

/** A committee with its rationale, parent and contact officer. */
export type CommitteeDetail = Committee & {
  parentName: string | null;
  contactOfficer: Person | null;
  rationaleItems: RationaleItem[];
};

/** Roles in the order a membership list shows them. */
export const MEMBERSHIP_ROLES = [
  'chair',
  'vice_chair',
  'member',
  'co_opted_member',
  'lead_executive_member',
  'strategic_director',
  'lead_officer',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A role as the UI and the documents write it. */
export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  member: 'Member',
  co_opted_member: 'Co-opted member',
  lead_executive_member: 'Lead executive member',
  strategic_director: 'Strategic director',
  lead_officer: 'Lead officer',
};

/** One role a person holds on a committee in a municipal year, with the person's details. */
export type Membership = {
  id: number;
  committeeId: number;
  personId: number;
  /** The year the municipal year starts in: 2018 = 2018/19. */
  municipalYear: number;
  role: MembershipRole;
  capacity: string;
  position: number;
  person: Pick<Person, 'id' | 'honorific' | 'fullName' | 'jobTitle' | 'organisation' | 'archivedAt'>;
};

/** A municipal year that has members, for the year picker. */
export type MembershipYear = {
  municipalYear: number;
  /** "2018/19" */
  label: string;
  memberCount: number;
};

const MINUTE_PREFIX = /^[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+)*$/;

const minutePrefix = requiredLine('a minute-reference prefix, for example CYP/OSG', 30).pipe(
  z.string().regex(MINUTE_PREFIX, 'Use letters and digits, separated by /, - or ., for example CYP/OSG.'),
);

/** The start year of a municipal year: 2018 = 2018/19. */
export const municipalYear = z
  .number({ error: 'Give the municipal year as the year it starts in, for example 2018 for 2018/19.' })
  .int('Give the municipal year as a whole year, for example 2018.')
  .min(1900, 'Give a municipal year from 1900 to 2200.')
  .max(2200, 'Give a municipal year from 1900 to 2200.');

/** Optional fields left out keep their stored value (update) or the column default (create). */
export const committeeFields = z
  .object({
    name: requiredLine('the committee’s name', 200),
    minutePrefix,
    parentId: id.nullable().optional(),
    contactOfficerId: id.nullable().optional(),
    torOperation: paragraph(10_000).optional(),
    torAccessToInformation: paragraph(10_000).optional(),
    defaultVenue: line(300).optional(),
    defaultStartTime: clockTime.nullable().optional(),
    isExecutive: z.boolean().optional(),
  })
  .strict();

const membershipRole = z.enum(MEMBERSHIP_ROLES, {
  error: `Choose a role: ${MEMBERSHIP_ROLES.join(', ')}.`,
});

const rationaleItem = requiredLine('the text of each rationale item (or remove the empty one)', 2_000);

export const committeeMethods = {
  'committees/list': method<CommitteeSummary[]>()(
    z
      .object({
        includeArchived: z.boolean().optional(),
        municipalYear: z.number({ error: 'municipalYear: give the year the municipal year starts in, e.g. 2026.' }).int().min(1900).max(2200).optional(),
      })
      .strict(),
    'Committees by name, with parent, contact officer, meeting count, next meeting and the chair in a municipal year (this one unless given); archived ones only when asked',
  ),
  'committees/get': method<CommitteeDetail>()(z.object({ id }).strict(), 'One committee with its rationale, parent and contact officer'),
  'committees/create': method<CommitteeDetail>()(committeeFields, 'Add a committee'),
  'committees/update': method<CommitteeDetail>()(updateOf(committeeFields), 'Change a committee’s details'),
  'committees/setRationale': method<CommitteeDetail>()(
    z.object({ id, items: z.array(rationaleItem).max(50, 'Keep the rationale to 50 items or fewer.') }).strict(),
    'Replace the rationale of the terms of reference with this ordered list',
  ),
  'committees/archive': method<CommitteeDetail>()(
    z.object({ id, isArchived: z.boolean() }).strict(),
    'Archive a committee (kept in history, hidden from lists) or bring it back',
  ),
  'committees/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a committee that has no meetings'),

  'memberships/list': method<Membership[]>()(
    z.object({ committeeId: id, municipalYear }).strict(),
    'Who holds which role on a committee in a municipal year, chair first',
  ),
  'memberships/years': method<MembershipYear[]>()(
    z.object({ committeeId: id }).strict(),
    'The municipal years in which a committee has members, newest first, with counts',
  ),
  'memberships/add': method<Membership>()(
    z.object({ committeeId: id, personId: id, municipalYear, role: membershipRole, capacity: line(200).optional() }).strict(),
    'Give a person a role on a committee for a municipal year',
  ),
  'memberships/update': method<Membership>()(
    z.object({ id, role: membershipRole.optional(), capacity: line(200).optional() }).strict(),
    'Change the role or capacity of a membership',
  ),
  'memberships/remove': method<{ id: number }>()(z.object({ id }).strict(), 'Take a person off a committee for that municipal year'),
  'memberships/reorder': method<Membership[]>()(
    z.object({ committeeId: id, municipalYear, ids: orderedIds }).strict(),
    'Put a year’s memberships in a new order (the list still groups them by role)',
  ),
  'memberships/copyYear': method<{ copied: number; skipped: number }>()(
    z.object({ committeeId: id, fromYear: municipalYear, toYear: municipalYear }).strict(),
    'Copy every membership of one municipal year into another, skipping those already there',
  ),
} as const;
