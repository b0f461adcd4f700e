import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Measure } from '../../../shared/api/methods/action-plans';
import { deleteMeasure, getMeasure, insertMeasure, listMeasures, updateMeasure } from '../repositories/measures';
import { updateEntry } from '../repositories/plan-entries';
import { reorderRows } from '../repositories/rows';
import { getEntryService } from './plan-entries';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

function getMeasureService(ctx: ServiceContext, measureId: number): Measure {
  return found(getMeasure(ctx.db, measureId), 'measure', measureId);
}

/** Measures have no timestamps of their own: a change shows on their entry. */
function touchEntry(ctx: ServiceContext, entryId: number): void {
  updateEntry(ctx.db, entryId, {}, ctx.now().toISOString());
}

export function createMeasure(ctx: ServiceContext, input: ApiParsedInput<'measures/create'>): Measure {
  const { entryId, ...values } = input;
  return inTransaction(ctx, () => {
    getEntryService(ctx, entryId);
    const measureId = insertMeasure(ctx.db, entryId, values);
    touchEntry(ctx, entryId);
    audit(ctx, 'create', 'measure', measureId, values.description);
    return getMeasureService(ctx, measureId);
  });
}

export function updateMeasureService(ctx: ServiceContext, input: ApiParsedInput<'measures/update'>): Measure {
  const { id: measureId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = getMeasureService(ctx, measureId);
    updateMeasure(ctx.db, measureId, values);
    touchEntry(ctx, stored.entryId);
    const measure = getMeasureService(ctx, measureId);
    audit(ctx, 'update', 'measure', measureId, measure.description);
    return measure;
  });
}

export function reorderMeasures(ctx: ServiceContext, input: ApiParsedInput<'measures/reorder'>): Measure[] {
  return inTransaction(ctx, () => {
    const entry = getEntryService(ctx, input.entryId);
    reorderRows(ctx.db, 'measures', 'entry_id', entry.id, input.ids);
    touchEntry(ctx, entry.id);
    audit(ctx, 'reorder', 'measure', null, `Measures of ${entry.heading}`);
    return listMeasures(ctx.db, entry.id);
  });
}

export function deleteMeasureService(ctx: ServiceContext, measureId: number): { id: number } {
  return inTransaction(ctx, () => {
    const measure = getMeasureService(ctx, measureId);
    deleteMeasure(ctx.db, measureId);
    touchEntry(ctx, measure.entryId);
    audit(ctx, 'delete', 'measure', measureId, measure.description);
    return { id: measureId };
  });
}
