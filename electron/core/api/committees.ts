import {
  archiveCommittee,
  createCommittee,
  deleteCommitteeService,
  getCommitteeService,
  listCommitteesService,
  setRationale,
  updateCommitteeService,
} from '../services/committees';
import {
  addMembership,
  copyMembershipYear,
  listMembershipYearsService,
  listMembershipsService,
  removeMembership,
  reorderMembershipsService,
  updateMembershipService,
} from '../services/memberships';
import { services, type DomainHandlers } from './handler';

export const committeeHandlers: DomainHandlers<'committees' | 'memberships'> = {
  'committees/list': (ctx, input) => listCommitteesService(services(ctx), input),
  'committees/get': (ctx, { id }) => getCommitteeService(services(ctx), id),
  'committees/create': (ctx, input) => createCommittee(services(ctx), input),
  'committees/update': (ctx, input) => updateCommitteeService(services(ctx), input),
  'committees/setRationale': (ctx, { id, items }) => setRationale(services(ctx), id, items),
  'committees/archive': (ctx, { id, isArchived }) => archiveCommittee(services(ctx), id, isArchived),
  'committees/delete': (ctx, { id }) => deleteCommitteeService(services(ctx), id),
  'memberships/list': (ctx, { committeeId, municipalYear }) => listMembershipsService(services(ctx), committeeId, municipalYear),
  'memberships/years': (ctx, { committeeId }) => listMembershipYearsService(services(ctx), committeeId),
  'memberships/add': (ctx, input) => addMembership(services(ctx), input),
  'memberships/update': (ctx, input) => updateMembershipService(services(ctx), input),
  'memberships/remove': (ctx, { id }) => removeMembership(services(ctx), id),
  'memberships/reorder': (ctx, input) => reorderMembershipsService(services(ctx), input),
  'memberships/copyYear': (ctx, input) => copyMembershipYear(services(ctx), input),
};
