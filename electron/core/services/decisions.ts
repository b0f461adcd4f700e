import type { Decision, MinuteEntry } from '../../../shared/api/methods/minutes';
import { deleteDecision, getDecision, insertDecision, listEntryDecisions, reorderEntryDecisions, updateDecisionText } from '../repositories/decisions';
import { getMinuteEntry } from '../repositories/minutes';
import { loadWritableMeeting } from './minutes';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

/** Adds a decision after a minute's last one: "RESOLVED 3". */
export function addDecision(ctx: ServiceContext, minuteEntryId: number, text: string): Decision {
  return inTransaction(ctx, () => {
    const entry = loadWritableEntry(ctx, minuteEntryId);
    const decisionId = insertDecision(ctx.db, minuteEntryId, text);
    const decision = found(getDecision(ctx.db, decisionId), 'decision', decisionId);
    audit(ctx, 'create', 'decision', decisionId, `${entry.reference} decision ${decision.position}: ${text}`);
    return decision;
  });
}

export function updateDecision(ctx: ServiceContext, decisionId: number, text: string): Decision {
  return inTransaction(ctx, () => {
    const before = found(getDecision(ctx.db, decisionId), 'decision', decisionId);
    const entry = loadWritableEntry(ctx, before.minuteEntryId);
    updateDecisionText(ctx.db, decisionId, text);
    audit(ctx, 'update', 'decision', decisionId, `${entry.reference} decision ${before.position}: ${text}`);
    return { ...before, text };
  });
}

/** Renumbers a minute's decisions in the order given. */
export function reorderDecisions(ctx: ServiceContext, minuteEntryId: number, ids: readonly number[]): Decision[] {
  return inTransaction(ctx, () => {
    const entry = loadWritableEntry(ctx, minuteEntryId);
    reorderEntryDecisions(ctx.db, minuteEntryId, ids);
    audit(ctx, 'reorder', 'decision', null, `Decisions of ${entry.reference} put in a new order`);
    return listEntryDecisions(ctx.db, minuteEntryId);
  });
}

/** Deletes a decision and its follow-ups; the decisions after it move up a number. */
export function deleteDecisionService(ctx: ServiceContext, decisionId: number): { id: number } {
  return inTransaction(ctx, () => {
    const decision = found(getDecision(ctx.db, decisionId), 'decision', decisionId);
    const entry = loadWritableEntry(ctx, decision.minuteEntryId);
    deleteDecision(ctx.db, decisionId);
    const remaining = listEntryDecisions(ctx.db, decision.minuteEntryId).map((other) => other.id);
    if (remaining.length > 0) reorderEntryDecisions(ctx.db, decision.minuteEntryId, remaining);
    audit(ctx, 'delete', 'decision', decisionId, `${entry.reference} decision ${decision.position}: ${decision.text}`);
    return { id: decisionId };
  });
}

function loadWritableEntry(ctx: ServiceContext, minuteEntryId: number): MinuteEntry {
  const entry = found(getMinuteEntry(ctx.db, minuteEntryId), 'minute entry', minuteEntryId);
  loadWritableMeeting(ctx, entry.meetingId);
  return entry;
}
