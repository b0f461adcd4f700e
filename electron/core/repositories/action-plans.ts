import type { ActionPlan, ActionStatus } from '../../../shared/api/methods/action-plans';
import type { ProgressRow } from '../domain/progress-as-at';
import type { Rag } from '../../../shared/api/schema';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, selectRow, updateRow } from './rows';

export type PlanValues = Partial<Omit<ActionPlan, 'id' | 'createdAt' | 'updatedAt'>>;

/** What today's figures of a plan are counted from: its live actions (not archived, in entries not archived). */
export type LiveActionFigures = { planId: number; rag: Rag | null; status: ActionStatus; dueDate: string | null };

export function listPlans(db: WorkspaceDatabase, filter: { inspectionId?: number | undefined; includeArchived?: boolean | undefined }): ActionPlan[] {
  const rows = db
    .prepare(
      `SELECT * FROM action_plans
       WHERE (@includeArchived = 1 OR archived_at IS NULL) AND (@inspectionId IS NULL OR inspection_id = @inspectionId)
       ORDER BY title COLLATE NOCASE, id`,
    )
    .all({ includeArchived: filter.includeArchived ? 1 : 0, inspectionId: filter.inspectionId ?? null });
  return mapRows<ActionPlan>(rows);
}

/** Live entries per plan. */
export function countLiveEntries(db: WorkspaceDatabase): Map<number, number> {
  const rows = db.prepare('SELECT plan_id, count(*) FROM plan_entries WHERE archived_at IS NULL GROUP BY plan_id').raw().all() as [number, number][];
  return new Map(rows);
}

/** Every live action of every plan, with the fields today's figures need. */
export function listLiveActionFigures(db: WorkspaceDatabase): LiveActionFigures[] {
  const rows = db
    .prepare(
      `SELECT e.plan_id, a.rag, a.status, a.due_date FROM actions a JOIN plan_entries e ON e.id = a.entry_id
       WHERE a.archived_at IS NULL AND e.archived_at IS NULL`,
    )
    .all();
  return mapRows<LiveActionFigures>(rows);
}

export function getPlan(db: WorkspaceDatabase, planId: number): ActionPlan | null {
  return selectRow<ActionPlan>(db, 'action_plans', planId);
}

export function insertPlan(db: WorkspaceDatabase, values: PlanValues & { title: string }, at: string): number {
  return insertRow(db, 'action_plans', { ...values, createdAt: at, updatedAt: at });
}

export function updatePlan(db: WorkspaceDatabase, planId: number, values: PlanValues, at: string): boolean {
  return updateRow(db, 'action_plans', planId, { ...values, updatedAt: at });
}

export function deletePlan(db: WorkspaceDatabase, planId: number): boolean {
  return deleteRow(db, 'action_plans', planId);
}

export function countPlanProgressUpdates(db: WorkspaceDatabase, planId: number): number {
  return db
    .prepare(
      `SELECT count(*) FROM progress_updates u JOIN actions a ON a.id = u.action_id JOIN plan_entries e ON e.id = a.entry_id
       WHERE e.plan_id = ?`,
    )
    .pluck()
    .get(planId) as number;
}

/** Every revision of every progress update of a plan, without the notes: what the RAG history is rebuilt from. */
export function listProgressStatesOfPlan(db: WorkspaceDatabase, planId: number): (ProgressRow & { actionId: number })[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.action_id, u.supersedes_id, u.update_date, u.created_at, u.rag, u.status
       FROM progress_updates u JOIN actions a ON a.id = u.action_id JOIN plan_entries e ON e.id = a.entry_id
       WHERE e.plan_id = ? ORDER BY u.id`,
    )
    .all(planId);
  return mapRows<ProgressRow & { actionId: number }>(rows);
}
