import type { ApiParsedInput } from '../../../shared/api/contract';
import type { InspectionDetail, InspectionSummary } from '../../../shared/api/methods/inspections';
import { CoreError } from '../errors';
import {
  currentPlansOf,
  deleteInspection,
  getInspection,
  insertEvidence,
  insertInspection,
  listEvidence,
  listInspectionSummaries,
  listJudgements,
  replaceJudgements,
  updateInspection,
} from '../repositories/inspections';
import { insertRecommendation, listRecommendations } from '../repositories/recommendations';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

export function listInspectionsService(ctx: ServiceContext): InspectionSummary[] {
  return listInspectionSummaries(ctx.db);
}

export function getInspectionService(ctx: ServiceContext, inspectionId: number): InspectionDetail {
  const inspection = found(getInspection(ctx.db, inspectionId), 'inspection', inspectionId);
  return {
    ...inspection,
    judgements: listJudgements(ctx.db, inspectionId),
    recommendations: listRecommendations(ctx.db, inspectionId),
    evidence: listEvidence(ctx.db, inspectionId),
  };
}

/** Records a whole inspection in one go (what an import of the report calls): the schema has checked numbering and links. */
export function createInspection(ctx: ServiceContext, input: ApiParsedInput<'inspections/create'>): InspectionDetail {
  const { judgements = [], recommendations = [], evidence = [], ...scalars } = input;
  return inTransaction(ctx, () => {
    mustExist(ctx, 'attachments', scalars.sourceAttachmentId, 'sourceAttachmentId', 'attachment');
    const inspectionId = insertInspection(ctx.db, scalars, ctx.now().toISOString());
    replaceJudgements(ctx.db, inspectionId, judgements);
    const idByNumber = new Map<number, number>();
    recommendations.forEach(({ number, ...recommendation }, index) => {
      const numbered = number ?? index + 1;
      idByNumber.set(numbered, insertRecommendation(ctx.db, inspectionId, { ...recommendation, number: numbered }));
    });
    insertEvidence(
      ctx.db,
      inspectionId,
      evidence.map(({ recommendationNumber, ...paragraph }) => ({
        ...paragraph,
        recommendationId: recommendationNumber === undefined ? null : (idByNumber.get(recommendationNumber) ?? null),
      })),
    );
    audit(ctx, 'create', 'inspection', inspectionId, `${input.title} (${recommendations.length} recommendations, ${judgements.length} judgements)`);
    return getInspectionService(ctx, inspectionId);
  });
}

export function updateInspectionService(ctx: ServiceContext, input: ApiParsedInput<'inspections/update'>): InspectionDetail {
  const { id: inspectionId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = found(getInspection(ctx.db, inspectionId), 'inspection', inspectionId);
    mustExist(ctx, 'attachments', values.sourceAttachmentId, 'sourceAttachmentId', 'attachment');
    const start = values.inspectionStart === undefined ? stored.inspectionStart : values.inspectionStart;
    const end = values.inspectionEnd === undefined ? stored.inspectionEnd : values.inspectionEnd;
    if (start !== null && end !== null && end < start) {
      throw new CoreError('invalid_input', `inspectionEnd: the inspection cannot end (${end}) before it starts (${start}).`);
    }
    updateInspection(ctx.db, inspectionId, values, ctx.now().toISOString());
    audit(ctx, 'update', 'inspection', inspectionId, values.title ?? stored.title);
    return getInspectionService(ctx, inspectionId);
  });
}

export function setJudgements(ctx: ServiceContext, input: ApiParsedInput<'inspections/setJudgements'>): InspectionDetail {
  return inTransaction(ctx, () => {
    const stored = found(getInspection(ctx.db, input.id), 'inspection', input.id);
    replaceJudgements(ctx.db, input.id, input.judgements);
    updateInspection(ctx.db, input.id, {}, ctx.now().toISOString());
    audit(ctx, 'update', 'inspection', input.id, `${stored.title}: ${input.judgements.length} judgements`);
    return getInspectionService(ctx, input.id);
  });
}

/** Deleting would leave a current plan's entries without their recommendations, so that is refused. */
export function deleteInspectionService(ctx: ServiceContext, inspectionId: number): { id: number } {
  return inTransaction(ctx, () => {
    const stored = found(getInspection(ctx.db, inspectionId), 'inspection', inspectionId);
    const plans = currentPlansOf(ctx.db, inspectionId);
    if (plans.length > 0) {
      const titles = plans.map((plan) => `“${plan.title}”`).join(', ');
      throw new CoreError('conflict', `The action plan ${titles} answers this inspection: archive or delete the action plan first.`);
    }
    deleteInspection(ctx.db, inspectionId);
    audit(ctx, 'delete', 'inspection', inspectionId, stored.title);
    return { id: inspectionId };
  });
}
