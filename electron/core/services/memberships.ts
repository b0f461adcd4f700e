import type { ApiParsedInput } from '../../../shared/api/contract';
import { MEMBERSHIP_ROLE_LABELS, type Membership, type MembershipRole, type MembershipYear } from '../../../shared/api/methods/committees';
import { formatMunicipalYear } from '../../../shared/format/municipal-year';
import { CoreError } from '../errors';
import { getCommittee } from '../repositories/committees';
import {
  deleteMembership,
  findMembership,
  getMembership,
  insertMembership,
  listMembershipYears,
  listMemberships,
  reorderMemberships,
  updateMembership,
} from '../repositories/memberships';
import { getPerson } from '../repositories/people';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

/** A committee's members in one municipal year: chair first, then by role and position. */
export function listMembershipsService(ctx: ServiceContext, committeeId: number, municipalYear: number): Membership[] {
  found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
  return listMemberships(ctx.db, committeeId, municipalYear);
}

/** The municipal years with members, newest first. */
export function listMembershipYearsService(ctx: ServiceContext, committeeId: number): MembershipYear[] {
  found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
  return listMembershipYears(ctx.db, committeeId).map((year) => ({ ...year, label: formatMunicipalYear(year.municipalYear) }));
}

export function addMembership(ctx: ServiceContext, input: ApiParsedInput<'memberships/add'>): Membership {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'committees', input.committeeId, 'committeeId', 'committee');
    const person = getPerson(ctx.db, input.personId);
    if (!person) throw new CoreError('not_found', `personId: there is no person with id ${input.personId}.`);
    if (person.archivedAt !== null) {
      throw new CoreError('conflict', `personId: ${person.fullName} is archived. Bring them back in People before giving them a role.`);
    }
    refuseDuplicate(ctx, input, person.fullName, null);
    const membershipId = insertMembership(ctx.db, input);
    audit(ctx, 'create', 'membership', membershipId, describe(person.fullName, input.role, input.municipalYear));
    return found(getMembership(ctx.db, membershipId), 'membership', membershipId);
  });
}

export function updateMembershipService(ctx: ServiceContext, input: ApiParsedInput<'memberships/update'>): Membership {
  const { id: membershipId, ...values } = input;
  return inTransaction(ctx, () => {
    const current = found(getMembership(ctx.db, membershipId), 'membership', membershipId);
    if (values.role !== undefined && values.role !== current.role) {
      refuseDuplicate(ctx, { ...current, role: values.role }, current.person.fullName, membershipId);
    }
    updateMembership(ctx.db, membershipId, values);
    const membership = found(getMembership(ctx.db, membershipId), 'membership', membershipId);
    audit(ctx, 'update', 'membership', membershipId, describe(membership.person.fullName, membership.role, membership.municipalYear));
    return membership;
  });
}

export function removeMembership(ctx: ServiceContext, membershipId: number): { id: number } {
  return inTransaction(ctx, () => {
    const membership = found(getMembership(ctx.db, membershipId), 'membership', membershipId);
    deleteMembership(ctx.db, membershipId);
    audit(ctx, 'delete', 'membership', membershipId, describe(membership.person.fullName, membership.role, membership.municipalYear));
    return { id: membershipId };
  });
}

export function reorderMembershipsService(ctx: ServiceContext, input: ApiParsedInput<'memberships/reorder'>): Membership[] {
  return inTransaction(ctx, () => {
    const committee = found(getCommittee(ctx.db, input.committeeId), 'committee', input.committeeId);
    reorderMemberships(ctx.db, input.committeeId, input.municipalYear, input.ids);
    audit(ctx, 'reorder', 'committee', input.committeeId, `${committee.name}: members for ${formatMunicipalYear(input.municipalYear)}`);
    return listMemberships(ctx.db, input.committeeId, input.municipalYear);
  });
}

/**
 * Copies a year's memberships into another year, in the same order, after any
 * already there. Roles the person already holds that year, and archived
 * people, are skipped.
 */
export function copyMembershipYear(ctx: ServiceContext, input: ApiParsedInput<'memberships/copyYear'>): { copied: number; skipped: number } {
  const { committeeId, fromYear, toYear } = input;
  return inTransaction(ctx, () => {
    const committee = found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
    if (fromYear === toYear) throw new CoreError('invalid_input', 'toYear: choose a different municipal year to copy the members into.');
    const source = listMemberships(ctx.db, committeeId, fromYear);
    if (source.length === 0) {
      throw new CoreError('not_found', `fromYear: ${committee.name} has no members in ${formatMunicipalYear(fromYear)}, so there is nothing to copy.`);
    }
    let copied = 0;
    for (const membership of source) {
      const key = { committeeId, personId: membership.personId, municipalYear: toYear, role: membership.role };
      if (membership.person.archivedAt !== null || findMembership(ctx.db, key) !== null) continue;
      insertMembership(ctx.db, { ...key, capacity: membership.capacity });
      copied += 1;
    }
    const summary = `${committee.name}: copied ${copied} members from ${formatMunicipalYear(fromYear)} to ${formatMunicipalYear(toYear)}`;
    audit(ctx, 'create', 'committee', committeeId, summary);
    return { copied, skipped: source.length - copied };
  });
}

function refuseDuplicate(
  ctx: ServiceContext,
  key: { committeeId: number; personId: number; municipalYear: number; role: MembershipRole },
  fullName: string,
  exceptId: number | null,
): void {
  const existing = findMembership(ctx.db, key);
  if (existing !== null && existing !== exceptId) {
    throw new CoreError('conflict', `${fullName} is already listed as ${MEMBERSHIP_ROLE_LABELS[key.role].toLowerCase()} for ${formatMunicipalYear(key.municipalYear)}.`);
  }
}

function describe(fullName: string, role: MembershipRole, municipalYear: number): string {
  return `${fullName}, ${MEMBERSHIP_ROLE_LABELS[role].toLowerCase()}, ${formatMunicipalYear(municipalYear)}`;
}
