import { MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '../../../shared/api/methods/committees';
import type { WorkspaceDatabase } from '../db/connection';
import { CoreError } from '../errors';
import { deleteRow, insertRow, mapRow, updateRow } from './rows';

type MembershipRow = Omit<Membership, 'person'> & {
  personHonorific: string;
  personFullName: string;
  personJobTitle: string;
  personOrganisation: string;
  personArchivedAt: string | null;
};

/** Chair first, lead officer last: the order of MEMBERSHIP_ROLES. */
const ROLE_ORDER = `CASE m.role ${MEMBERSHIP_ROLES.map((role, index) => `WHEN '${role}' THEN ${index}`).join(' ')} END`;

const SELECT_WITH_PERSON = `
  SELECT m.*, p.honorific AS person_honorific, p.full_name AS person_full_name, p.job_title AS person_job_title,
         p.organisation AS person_organisation, p.archived_at AS person_archived_at
  FROM memberships m JOIN people p ON p.id = m.person_id`;

function toMembership(row: unknown): Membership {
  const { personHonorific, personFullName, personJobTitle, personOrganisation, personArchivedAt, ...membership } = mapRow<MembershipRow>(row);
  return {
    ...membership,
    person: {
      id: membership.personId,
      honorific: personHonorific,
      fullName: personFullName,
      jobTitle: personJobTitle,
      organisation: personOrganisation,
      archivedAt: personArchivedAt,
    },
  };
}

/** A committee's memberships for one municipal year, by role then position. */
export function listMemberships(db: WorkspaceDatabase, committeeId: number, municipalYear: number): Membership[] {
  return db
    .prepare(`${SELECT_WITH_PERSON} WHERE m.committee_id = ? AND m.municipal_year = ? ORDER BY ${ROLE_ORDER}, m.position, m.id`)
    .all(committeeId, municipalYear)
    .map(toMembership);
}

export function getMembership(db: WorkspaceDatabase, membershipId: number): Membership | null {
  const row = db.prepare(`${SELECT_WITH_PERSON} WHERE m.id = ?`).get(membershipId);
  return row === undefined ? null : toMembership(row);
}

/** The municipal years with members, newest first, with how many people hold a role. */
export function listMembershipYears(db: WorkspaceDatabase, committeeId: number): { municipalYear: number; memberCount: number }[] {
  return db
    .prepare(
      `SELECT municipal_year, count(DISTINCT person_id) AS member_count FROM memberships
       WHERE committee_id = ? GROUP BY municipal_year ORDER BY municipal_year DESC`,
    )
    .all(committeeId)
    .map((row) => mapRow<{ municipalYear: number; memberCount: number }>(row));
}

/** The membership holding exactly this person, role and year, if any. */
export function findMembership(
  db: WorkspaceDatabase,
  key: { committeeId: number; personId: number; municipalYear: number; role: MembershipRole },
): number | null {
  const found = db
    .prepare('SELECT id FROM memberships WHERE committee_id = @committeeId AND person_id = @personId AND municipal_year = @municipalYear AND role = @role')
    .pluck()
    .get(key) as number | undefined;
  return found ?? null;
}

/** Adds a membership at the end of its year's list; returns its id. */
export function insertMembership(
  db: WorkspaceDatabase,
  values: { committeeId: number; personId: number; municipalYear: number; role: MembershipRole; capacity?: string | undefined },
): number {
  const position = db
    .prepare('SELECT coalesce(max(position), 0) + 1 FROM memberships WHERE committee_id = ? AND municipal_year = ?')
    .pluck()
    .get(values.committeeId, values.municipalYear) as number;
  return insertRow(db, 'memberships', { ...values, position });
}

export function updateMembership(db: WorkspaceDatabase, membershipId: number, values: { role?: MembershipRole | undefined; capacity?: string | undefined }): boolean {
  return updateRow(db, 'memberships', membershipId, values);
}

export function deleteMembership(db: WorkspaceDatabase, membershipId: number): boolean {
  return deleteRow(db, 'memberships', membershipId);
}

/** Numbers a year's memberships 1…n in the order given; a list that is not exactly that year's is refused. */
export function reorderMemberships(db: WorkspaceDatabase, committeeId: number, municipalYear: number, ids: readonly number[]): void {
  const current = db
    .prepare('SELECT id FROM memberships WHERE committee_id = ? AND municipal_year = ?')
    .pluck()
    .all(committeeId, municipalYear) as number[];
  const given = new Set(ids);
  if (given.size !== ids.length || current.length !== ids.length || current.some((rowId) => !given.has(rowId))) {
    throw new CoreError('conflict', 'The list of members has changed since it was shown. Reload and try the move again.');
  }
  const update = db.prepare('UPDATE memberships SET position = ? WHERE id = ?');
  ids.forEach((rowId, index) => update.run(index + 1, rowId));
}
