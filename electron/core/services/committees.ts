import type { ApiParsedInput } from '../../../shared/api/contract';
import type { CommitteeDetail, CommitteeSummary } from '../../../shared/api/methods/committees';
import { CoreError } from '../errors';
import {
  ancestorIds,
  countMeetings,
  deleteCommittee,
  findCommitteeByPrefix,
  getCommittee,
  getParentName,
  insertCommittee,
  listCommitteeSummaries,
  listRationaleItems,
  replaceRationaleItems,
  updateCommittee,
} from '../repositories/committees';
import { municipalYearOf } from '../../../shared/format/municipal-year';
import { getNumberingSettings } from '../repositories/minutes';
import { getPerson } from '../repositories/people';
import { renumberCommitteeMinutes } from './minutes';
import { audit, found, inTransaction, mustExist, todayOf, type ServiceContext } from './unit-of-work';

/** Committees by name, each with what the list shows. */
export function listCommitteesService(ctx: ServiceContext, input: ApiParsedInput<'committees/list'>): CommitteeSummary[] {
  const today = todayOf(ctx);
  const municipalYear = input.municipalYear ?? municipalYearOf(today, getNumberingSettings(ctx.db).municipalYearStartMonth);
  return listCommitteeSummaries(ctx.db, { includeArchived: input.includeArchived ?? false, today, municipalYear });
}

/** One committee with its rationale, parent's name and contact officer. */
export function getCommitteeService(ctx: ServiceContext, committeeId: number): CommitteeDetail {
  const committee = found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
  return {
    ...committee,
    parentName: getParentName(ctx.db, committee.parentId),
    contactOfficer: committee.contactOfficerId === null ? null : getPerson(ctx.db, committee.contactOfficerId),
    rationaleItems: listRationaleItems(ctx.db, committeeId),
  };
}

export function createCommittee(ctx: ServiceContext, input: ApiParsedInput<'committees/create'>): CommitteeDetail {
  return inTransaction(ctx, () => {
    checkReferences(ctx, null, input);
    const committeeId = insertCommittee(ctx.db, input, ctx.now().toISOString());
    audit(ctx, 'create', 'committee', committeeId, input.name);
    return getCommitteeService(ctx, committeeId);
  });
}

export function updateCommitteeService(ctx: ServiceContext, input: ApiParsedInput<'committees/update'>): CommitteeDetail {
  const { id: committeeId, ...values } = input;
  return inTransaction(ctx, () => {
    const before = found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
    checkReferences(ctx, committeeId, values);
    updateCommittee(ctx.db, committeeId, values, ctx.now().toISOString());
    // Minutes not yet approved take the new prefix; approved ones keep the references already published.
    const renumbered = values.minutePrefix !== undefined && values.minutePrefix !== before.minutePrefix ? renumberCommitteeMinutes(ctx, committeeId).length : 0;
    const committee = getCommitteeService(ctx, committeeId);
    audit(ctx, 'update', 'committee', committeeId, renumbered > 0 ? `${committee.name}: ${renumbered} minute references renumbered` : committee.name);
    return committee;
  });
}

/** Replaces the rationale of the terms of reference with the items given, in order. */
export function setRationale(ctx: ServiceContext, committeeId: number, items: readonly string[]): CommitteeDetail {
  return inTransaction(ctx, () => {
    const committee = found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
    replaceRationaleItems(ctx.db, committeeId, items);
    updateCommittee(ctx.db, committeeId, {}, ctx.now().toISOString());
    audit(ctx, 'update', 'committee', committeeId, `${committee.name}: rationale (${items.length} items)`);
    return getCommitteeService(ctx, committeeId);
  });
}

export function archiveCommittee(ctx: ServiceContext, committeeId: number, isArchived: boolean): CommitteeDetail {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    found(updateCommittee(ctx.db, committeeId, { archivedAt: isArchived ? at : null }, at) || null, 'committee', committeeId);
    const committee = getCommitteeService(ctx, committeeId);
    audit(ctx, isArchived ? 'archive' : 'restore', 'committee', committeeId, committee.name);
    return committee;
  });
}

/** Deletes a committee with no meetings; its memberships, rationale and work programme go with it. */
export function deleteCommitteeService(ctx: ServiceContext, committeeId: number): { id: number } {
  return inTransaction(ctx, () => {
    const committee = found(getCommittee(ctx.db, committeeId), 'committee', committeeId);
    const meetings = countMeetings(ctx.db, committeeId);
    if (meetings > 0) {
      throw new CoreError(
        'conflict',
        `${committee.name} has ${meetings === 1 ? 'a meeting' : `${meetings} meetings`}, so it cannot be deleted. Archive it instead: it stays in the history but leaves the lists.`,
      );
    }
    deleteCommittee(ctx.db, committeeId);
    audit(ctx, 'delete', 'committee', committeeId, committee.name);
    return { id: committeeId };
  });
}

/** Refuses a parent, contact officer or minute prefix that cannot be used, naming the field. */
function checkReferences(
  ctx: ServiceContext,
  committeeId: number | null,
  values: { parentId?: number | null | undefined; contactOfficerId?: number | null | undefined; minutePrefix?: string | undefined },
): void {
  mustExist(ctx, 'people', values.contactOfficerId, 'contactOfficerId', 'person');
  mustExist(ctx, 'committees', values.parentId, 'parentId', 'committee');
  if (committeeId !== null && values.parentId !== undefined && values.parentId !== null) {
    if (values.parentId === committeeId) {
      throw new CoreError('invalid_input', 'parentId: a committee cannot be its own parent committee.');
    }
    if (ancestorIds(ctx.db, values.parentId).includes(committeeId)) {
      throw new CoreError('conflict', 'parentId: that committee is already a subgroup of this one, so it cannot also be its parent.');
    }
  }
  if (values.minutePrefix !== undefined) {
    const other = findCommitteeByPrefix(ctx.db, values.minutePrefix, committeeId);
    if (other) {
      throw new CoreError(
        'conflict',
        `minutePrefix: ${other.name} already uses the prefix "${values.minutePrefix}". Each committee needs its own prefix so minute references never clash.`,
      );
    }
  }
}
