import type { Action } from '../../../shared/api/methods/action-plans';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, nextPosition, selectRow, updateRow } from './rows';

export type ActionValues = Partial<Omit<Action, 'id' | 'entryId' | 'position' | 'createdAt' | 'updatedAt'>>;

/** An entry's actions in order, archived ones included. */
export function listActions(db: WorkspaceDatabase, entryId: number): Action[] {
  return mapRows<Action>(db.prepare('SELECT * FROM actions WHERE entry_id = ? ORDER BY position, id').all(entryId));
}

/** Every action of a plan, entry by entry in order. */
export function listActionsOfPlan(db: WorkspaceDatabase, planId: number): Action[] {
  const rows = db
    .prepare('SELECT a.* FROM actions a JOIN plan_entries e ON e.id = a.entry_id WHERE e.plan_id = ? ORDER BY a.entry_id, a.position, a.id')
    .all(planId);
  return mapRows<Action>(rows);
}

/**
 * Actions overdue on `today` in plans, entries and actions none of which is
 * archived: due before that day and not complete (the rule of isOverdue in
 * domain/rag.ts), soonest due first within each plan. One query for every
 * plan, for the dashboard.
 */
export function listOverdueActions(db: WorkspaceDatabase, today: string): (Action & { planId: number })[] {
  const rows = db
    .prepare(
      `SELECT a.*, e.plan_id FROM actions a
         JOIN plan_entries e ON e.id = a.entry_id
         JOIN action_plans p ON p.id = e.plan_id
        WHERE a.archived_at IS NULL AND e.archived_at IS NULL AND p.archived_at IS NULL
          AND a.status <> 'complete' AND a.due_date IS NOT NULL AND a.due_date < ?
        ORDER BY e.plan_id, a.due_date, a.id`,
    )
    .all(today);
  return mapRows<Action & { planId: number }>(rows);
}

export function getAction(db: WorkspaceDatabase, actionId: number): Action | null {
  return selectRow<Action>(db, 'actions', actionId);
}

/** Adds an action at the end of its entry. */
export function insertAction(db: WorkspaceDatabase, entryId: number, values: ActionValues & { description: string }, at: string): number {
  const position = nextPosition(db, 'actions', 'entry_id', entryId);
  return insertRow(db, 'actions', { ...values, entryId, position, createdAt: at, updatedAt: at });
}

export function updateAction(db: WorkspaceDatabase, actionId: number, values: ActionValues, at: string): boolean {
  return updateRow(db, 'actions', actionId, { ...values, updatedAt: at });
}

export function deleteAction(db: WorkspaceDatabase, actionId: number): boolean {
  return deleteRow(db, 'actions', actionId);
}

/** A plan's actions (archived ones too) due before a day, earliest first: what a new start date would leave behind. */
export function listActionsDueBefore(db: WorkspaceDatabase, planId: number, date: string): Action[] {
  const rows = db
    .prepare(
      `SELECT a.* FROM actions a JOIN plan_entries e ON e.id = a.entry_id
       WHERE e.plan_id = ? AND a.due_date IS NOT NULL AND a.due_date < ? ORDER BY a.due_date, e.position, a.position, a.id`,
    )
    .all(planId, date);
  return mapRows<Action>(rows);
}
