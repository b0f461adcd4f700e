import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_METHODS, apiContract, isApiMethod } from '../../../shared/api/contract';
import { handlers, invoke } from '../../../electron/core/api';
import { actionPlanHandlers } from '../../../electron/core/api/action-plans';
import { appHandlers } from '../../../electron/core/api/app';
import { attachmentHandlers } from '../../../electron/core/api/attachments';
import { committeeHandlers } from '../../../electron/core/api/committees';
import { documentHandlers } from '../../../electron/core/api/documents';
import { inspectionHandlers } from '../../../electron/core/api/inspections';
import { meetingHandlers } from '../../../electron/core/api/meetings';
import { minuteHandlers } from '../../../electron/core/api/minutes';
import { peopleHandlers } from '../../../electron/core/api/people';
import { searchHandlers } from '../../../electron/core/api/search';
import { packHandlers } from '../../../electron/core/api/packs';
import { importHandlers } from '../../../electron/core/api/imports';
import { progressReportHandlers } from '../../../electron/core/api/progress-reports';
import { calendarHandlers } from '../../../electron/core/api/calendar';
import { dashboardHandlers } from '../../../electron/core/api/dashboard';
import { recordHandlers } from '../../../electron/core/api/records';
import { settingsHandlers } from '../../../electron/core/api/settings';
import { workProgrammeHandlers } from '../../../electron/core/api/work-programme';
import { workspaceHandlers } from '../../../electron/core/api/workspace';
import { createCoreContext } from '../../../electron/core/context';
import { silentLogger } from '../../../electron/core/logger';

/** Each handler module and the domains (method prefixes) it serves. */
const domainModules: [object, string[]][] = [
  [appHandlers, ['app']],
  [workspaceHandlers, ['workspace']],
  [peopleHandlers, ['people']],
  [searchHandlers, ['search']],
  [committeeHandlers, ['committees', 'memberships']],
  [workProgrammeHandlers, ['workProgramme']],
  [meetingHandlers, ['meetings', 'agendaItems', 'papers']],
  [minuteHandlers, ['minutes', 'followUps']],
  [inspectionHandlers, ['inspections', 'recommendations']],
  [actionPlanHandlers, ['actionPlans', 'planEntries', 'measures', 'actions', 'progress']],
  [documentHandlers, ['documents']],
  [attachmentHandlers, ['attachments']],
  [settingsHandlers, ['settings']],
  [recordHandlers, ['audit']],
  [packHandlers, ['packs', 'tasks', 'files']],
  [importHandlers, ['imports']],
  [progressReportHandlers, ['progressReports']],
  [calendarHandlers, ['calendar']],
  [dashboardHandlers, ['dashboard']],
];

describe('the API contract', () => {
  it('names every method domain/verb', () => {
    for (const method of API_METHODS) expect(method).toMatch(/^[a-z][A-Za-z]*\/[a-z][A-Za-z]*$/);
  });

  it('has a handler for every method and a method for every handler', () => {
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('has a runtime schema and a summary for every method', () => {
    for (const method of API_METHODS) {
      expect(apiContract[method].input).toBeInstanceOf(z.ZodType);
      expect(apiContract[method].summary.length).toBeGreaterThan(10);
    }
  });

  it('keeps each handler in its own domain module', () => {
    for (const [module, domains] of domainModules) {
      for (const method of Object.keys(module)) expect(domains, method).toContain(method.split('/')[0]);
    }
    const covered = domainModules.flatMap(([module]) => Object.keys(module));
    expect(covered.sort()).toEqual([...API_METHODS].sort());
  });

  it('does not take inherited object keys for method names', () => {
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
    expect(isApiMethod('app/info')).toBe(true);
  });
});

describe('invoke', () => {
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(os.tmpdir(), 'spb-contract-unused'), log: silentLogger });

  it('answers an unknown method with unknown_method, never a throw', async () => {
    const result = await invoke(ctx, 'meeting/explode', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: 'There is no API method called "meeting/explode".' } });
    expect(await invoke(ctx, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rejects input that does not fit the schema, saying which field is wrong', async () => {
    const result = await invoke(ctx, 'workspace/open', { path: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain('path');
    expect(await invoke(ctx, 'app/info', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke(ctx, 'workspace/open', { path: 'a\0b' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers app/info with the door it runs behind', async () => {
    const result = await invoke(ctx, 'app/info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'Scrutiny Pack Builder', door: 'cli', electronVersion: null } });
  });

  it('reports no_workspace when nothing is open', async () => {
    expect(await invoke(ctx, 'workspace/saveCopy', { path: '/tmp/x.scrutiny' })).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
    expect(await invoke(ctx, 'workspace/status', {})).toEqual({ ok: true, value: { isOpen: false } });
  });
});
