import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Recommendation } from '../../../shared/api/methods/inspections';
import { CoreError } from '../errors';
import { getInspection, updateInspection } from '../repositories/inspections';
import {
  deleteRecommendation,
  entriesAnswering,
  getRecommendation,
  insertRecommendation,
  nextRecommendationNumber,
  recommendationIdByNumber,
  updateRecommendation,
} from '../repositories/recommendations';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

function refuseTakenNumber(ctx: ServiceContext, inspectionId: number, number: number, ownId: number | null): void {
  const holder = recommendationIdByNumber(ctx.db, inspectionId, number);
  if (holder !== null && holder !== ownId) {
    throw new CoreError('conflict', `number: this inspection already has a recommendation ${number}. Choose another number, or renumber that one first.`);
  }
}

export function createRecommendation(ctx: ServiceContext, input: ApiParsedInput<'recommendations/create'>): Recommendation {
  const { inspectionId, ...values } = input;
  return inTransaction(ctx, () => {
    found(getInspection(ctx.db, inspectionId), 'inspection', inspectionId);
    const number = values.number ?? nextRecommendationNumber(ctx.db, inspectionId);
    refuseTakenNumber(ctx, inspectionId, number, null);
    const recommendationId = insertRecommendation(ctx.db, inspectionId, { ...values, number });
    updateInspection(ctx.db, inspectionId, {}, ctx.now().toISOString());
    audit(ctx, 'create', 'recommendation', recommendationId, `Recommendation ${number}`);
    return found(getRecommendation(ctx.db, recommendationId), 'recommendation', recommendationId);
  });
}

export function updateRecommendationService(ctx: ServiceContext, input: ApiParsedInput<'recommendations/update'>): Recommendation {
  const { id: recommendationId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = found(getRecommendation(ctx.db, recommendationId), 'recommendation', recommendationId);
    if (values.number !== undefined) refuseTakenNumber(ctx, stored.inspectionId, values.number, recommendationId);
    updateRecommendation(ctx.db, recommendationId, values);
    updateInspection(ctx.db, stored.inspectionId, {}, ctx.now().toISOString());
    const recommendation = found(getRecommendation(ctx.db, recommendationId), 'recommendation', recommendationId);
    audit(ctx, 'update', 'recommendation', recommendationId, `Recommendation ${recommendation.number}`);
    return recommendation;
  });
}

/** A recommendation a plan entry answers is kept: the entry would lose what it answers. */
export function deleteRecommendationService(ctx: ServiceContext, recommendationId: number): { id: number } {
  return inTransaction(ctx, () => {
    const stored = found(getRecommendation(ctx.db, recommendationId), 'recommendation', recommendationId);
    const entries = entriesAnswering(ctx.db, recommendationId);
    const first = entries[0];
    if (first) {
      throw new CoreError(
        'conflict',
        `The entry “${first.heading}” of the action plan “${first.planTitle}” answers recommendation ${stored.number}. Delete that entry or unlink it from the recommendation first.`,
      );
    }
    deleteRecommendation(ctx.db, recommendationId);
    updateInspection(ctx.db, stored.inspectionId, {}, ctx.now().toISOString());
    audit(ctx, 'delete', 'recommendation', recommendationId, `Recommendation ${stored.number}`);
    return { id: recommendationId };
  });
}
