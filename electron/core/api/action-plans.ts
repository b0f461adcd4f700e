import { archiveAction, createAction, deleteActionService, reorderActions, updateActionService } from '../services/actions';
import { archivePlan, createPlan, deletePlanService, listPlansService, updatePlanService } from '../services/action-plans';
import { createMeasure, deleteMeasureService, reorderMeasures, updateMeasureService } from '../services/measures';
import { archiveEntry, createEntry, deleteEntryService, reorderEntries, updateEntryService } from '../services/plan-entries';
import { getPlanView } from '../services/plan-view';
import { addProgressUpdate, progressHistory, reviseProgressUpdate } from '../services/progress-updates';
import { remember, services, type DomainHandlers } from './handler';
import { exportPlanCsv } from '../services/plan-export';
import { exportPlanXlsx } from '../services/plan-export-xlsx';
import { planOverview } from '../services/plan-overview';

export const actionPlanHandlers: DomainHandlers<'actionPlans' | 'planEntries' | 'measures' | 'actions' | 'progress'> = {
  'actionPlans/list': (ctx, input) => listPlansService(services(ctx), input),
  'actionPlans/get': (ctx, input) => getPlanView(services(ctx), input),
  'actionPlans/exportCsv': (ctx, input) => remember(ctx, exportPlanCsv(services(ctx), input)),
  'actionPlans/overview': (ctx, input) => planOverview(services(ctx), input),
  'actionPlans/exportXlsx': async (ctx, input) => remember(ctx, await exportPlanXlsx(services(ctx), input)),
  'actionPlans/create': (ctx, input) => createPlan(services(ctx), input),
  'actionPlans/update': (ctx, input) => updatePlanService(services(ctx), input),
  'actionPlans/archive': (ctx, { id, isArchived }) => archivePlan(services(ctx), id, isArchived),
  'actionPlans/delete': (ctx, { id }) => deletePlanService(services(ctx), id),
  'planEntries/create': (ctx, input) => createEntry(services(ctx), input),
  'planEntries/update': (ctx, input) => updateEntryService(services(ctx), input),
  'planEntries/reorder': (ctx, input) => reorderEntries(services(ctx), input),
  'planEntries/archive': (ctx, { id, isArchived }) => archiveEntry(services(ctx), id, isArchived),
  'planEntries/delete': (ctx, { id }) => deleteEntryService(services(ctx), id),
  'measures/create': (ctx, input) => createMeasure(services(ctx), input),
  'measures/update': (ctx, input) => updateMeasureService(services(ctx), input),
  'measures/reorder': (ctx, input) => reorderMeasures(services(ctx), input),
  'measures/delete': (ctx, { id }) => deleteMeasureService(services(ctx), id),
  'actions/create': (ctx, input) => createAction(services(ctx), input),
  'actions/update': (ctx, input) => updateActionService(services(ctx), input),
  'actions/reorder': (ctx, input) => reorderActions(services(ctx), input),
  'actions/archive': (ctx, { id, isArchived }) => archiveAction(services(ctx), id, isArchived),
  'actions/delete': (ctx, { id }) => deleteActionService(services(ctx), id),
  'progress/add': (ctx, input) => addProgressUpdate(services(ctx), input),
  'progress/revise': (ctx, input) => reviseProgressUpdate(services(ctx), input),
  'progress/history': (ctx, { actionId }) => progressHistory(services(ctx), actionId),
};
