import type { Person } from '../../../shared/api/methods/people';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, selectRow, updateRow } from './rows';

type PersonValues = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>>;

export function listPeople(db: WorkspaceDatabase, filter: { query?: string | undefined; includeArchived?: boolean | undefined }): Person[] {
  const rows = db
    .prepare(
      `SELECT * FROM people
       WHERE (@includeArchived = 1 OR archived_at IS NULL)
         AND (@query IS NULL OR full_name LIKE '%' || @query || '%' ESCAPE '\\' OR organisation LIKE '%' || @query || '%' ESCAPE '\\')
       ORDER BY full_name COLLATE NOCASE, id`,
    )
    .all({ includeArchived: filter.includeArchived ? 1 : 0, query: filter.query ? escapeLike(filter.query) : null });
  return mapRows<Person>(rows);
}

export function getPerson(db: WorkspaceDatabase, personId: number): Person | null {
  return selectRow<Person>(db, 'people', personId);
}

export function insertPerson(db: WorkspaceDatabase, values: PersonValues & { fullName: string }, at: string): number {
  return insertRow(db, 'people', { ...values, createdAt: at, updatedAt: at });
}

export function updatePerson(db: WorkspaceDatabase, personId: number, values: PersonValues, at: string): boolean {
  return updateRow(db, 'people', personId, { ...values, updatedAt: at });
}

export function deletePerson(db: WorkspaceDatabase, personId: number): boolean {
  return deleteRow(db, 'people', personId);
}

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
