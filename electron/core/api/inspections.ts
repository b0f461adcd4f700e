import {
  createInspection,
  deleteInspectionService,
  getInspectionService,
  listInspectionsService,
  setJudgements,
  updateInspectionService,
} from '../services/inspections';
import { createRecommendation, deleteRecommendationService, updateRecommendationService } from '../services/recommendations';
import { services, type DomainHandlers } from './handler';

export const inspectionHandlers: DomainHandlers<'inspections' | 'recommendations'> = {
  'inspections/list': (ctx) => listInspectionsService(services(ctx)),
  'inspections/get': (ctx, { id }) => getInspectionService(services(ctx), id),
  'inspections/create': (ctx, input) => createInspection(services(ctx), input),
  'inspections/update': (ctx, input) => updateInspectionService(services(ctx), input),
  'inspections/setJudgements': (ctx, input) => setJudgements(services(ctx), input),
  'inspections/delete': (ctx, { id }) => deleteInspectionService(services(ctx), id),
  'recommendations/create': (ctx, input) => createRecommendation(services(ctx), input),
  'recommendations/update': (ctx, input) => updateRecommendationService(services(ctx), input),
  'recommendations/delete': (ctx, { id }) => deleteRecommendationService(services(ctx), id),
};
