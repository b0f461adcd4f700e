import {
  createWorkProgrammeItem,
  deleteWorkProgrammeItemService,
  listWorkProgrammeService,
  moveWorkProgrammeItem,
  reorderWorkProgrammeService,
  updateWorkProgrammeItemService,
} from '../services/work-programme';
import { services, type DomainHandlers } from './handler';

export const workProgrammeHandlers: DomainHandlers<'workProgramme'> = {
  'workProgramme/list': (ctx, { committeeId }) => listWorkProgrammeService(services(ctx), committeeId),
  'workProgramme/create': (ctx, input) => createWorkProgrammeItem(services(ctx), input),
  'workProgramme/update': (ctx, input) => updateWorkProgrammeItemService(services(ctx), input),
  'workProgramme/move': (ctx, input) => moveWorkProgrammeItem(services(ctx), input),
  'workProgramme/reorder': (ctx, input) => reorderWorkProgrammeService(services(ctx), input),
  'workProgramme/delete': (ctx, { id }) => deleteWorkProgrammeItemService(services(ctx), id),
};
