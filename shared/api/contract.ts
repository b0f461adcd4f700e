import { z } from 'zod';
import { method } from './method';
import { pathOn } from './schema';
import { peopleMethods } from './methods/people';
import { searchMethods } from './methods/search';
import { committeeMethods } from './methods/committees';
import { workProgrammeMethods } from './methods/work-programme';
import { meetingMethods } from './methods/meetings';
import { minuteMethods } from './methods/minutes';
import { inspectionMethods } from './methods/inspections';
import { actionPlanMethods } from './methods/action-plans';
import { documentMethods } from './methods/documents';
import { documentImportMethods } from './methods/document-import';
import { attachmentMethods } from './methods/attachments';
import { settingsMethods } from './methods/settings';
import { recordMethods } from './methods/records';
import { packMethods } from './methods/packs';
import { importMethods } from './methods/imports';
import { progressReportMethods } from './methods/progress-reports';
import { calendarMethods } from './methods/calendar';
import { dashboardMethods } from './methods/dashboard';
import type { AppInfo, BackupFile, BackupList, RecentWorkspace, SavedCopy, WorkspaceInfo, WorkspaceStatus } from './types';

const noInput = z.object({}).strict();

const filePath = pathOn('file path');

/**
 * The API: every method the engine offers, named `domain/verb`, with one input
 * object validated by its schema before any handler runs, at every door.
 */
export const apiContract = {
  'app/info': method<AppInfo>()(noInput, 'Name, version and folders of the running app'),
  'workspace/status': method<WorkspaceStatus>()(noInput, 'The open workspace file and its schema version'),
  'workspace/open': method<WorkspaceStatus>()(
    z.object({ path: filePath }).strict(),
    'Open an existing workspace file',
  ),
  'workspace/create': method<WorkspaceStatus>()(
    z.object({ path: filePath }).strict(),
    'Create a new, empty workspace file and open it',
  ),
  'workspace/saveCopy': method<SavedCopy>()(
    z.object({ path: filePath, overwrite: z.boolean().default(false) }).strict(),
    'Write a consistent copy of the open workspace to another file',
  ),
  'workspace/recent': method<RecentWorkspace[]>()(noInput, 'Workspaces opened recently, newest first'),
  'workspace/info': method<WorkspaceInfo>()(
    z.object({ isFullCheck: z.boolean().optional() }).strict(),
    'Schema version, rows per kind of record and an integrity check of the open workspace',
  ),
  'workspace/backups': method<BackupList>()(noInput, 'The automatic backups of the open workspace, newest first'),
  'workspace/backupNow': method<BackupFile>()(noInput, 'Back up the open workspace now (the newest 7 backups are kept)'),
  ...peopleMethods,
  ...searchMethods,
  ...committeeMethods,
  ...workProgrammeMethods,
  ...meetingMethods,
  ...minuteMethods,
  ...inspectionMethods,
  ...actionPlanMethods,
  ...documentMethods,
  ...documentImportMethods,
  ...attachmentMethods,
  ...settingsMethods,
  ...recordMethods,
  ...packMethods,
  ...importMethods,
  ...progressReportMethods,
  ...calendarMethods,
  ...dashboardMethods,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

/** True when a string names a method of the contract. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
