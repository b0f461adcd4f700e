import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('people'); });
afterEach(() => { ws.close(); });

describe('people', () => {
  it('creates, lists by name, updates only the fields given, and records the change in the audit trail', async () => {
    const ada = await ws.call('people/create', { honorific: 'Councillor', fullName: 'Ada Fenwick', email: 'ada.fenwick@example.org' });
    await ws.call('people/create', { fullName: 'Basil Okafor', jobTitle: 'Director of Children’s Services' });
    expect(ada).toMatchObject({ honorific: 'Councillor', fullName: 'Ada Fenwick', jobTitle: '', archivedAt: null });

    const updated = await ws.call('people/update', { id: ada.id, jobTitle: 'Chair of the subgroup' });
    expect(updated).toMatchObject({ honorific: 'Councillor', email: 'ada.fenwick@example.org', jobTitle: 'Chair of the subgroup' });
    expect((await ws.call('people/list', {})).map((person) => person.fullName)).toEqual(['Ada Fenwick', 'Basil Okafor']);
    expect((await ws.call('people/list', { query: 'okaf' })).map((person) => person.fullName)).toEqual(['Basil Okafor']);

    const trail = ws.ctx.workspace.current().db.prepare('SELECT action, entity, entity_id FROM audit_log ORDER BY id').raw().all();
    expect(trail).toEqual([['create', 'person', ada.id], ['create', 'person', ada.id + 1], ['update', 'person', ada.id]]);
  });

  it('hides archived people unless asked, and brings them back', async () => {
    const person = await ws.call('people/create', { fullName: 'Cora Lindqvist' });
    await ws.call('people/archive', { id: person.id, isArchived: true });
    expect(await ws.call('people/list', {})).toEqual([]);
    expect(await ws.call('people/list', { includeArchived: true })).toHaveLength(1);
    expect((await ws.call('people/archive', { id: person.id, isArchived: false })).archivedAt).toBeNull();
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['people/create', {}, /fullName/],
      ['people/create', { fullName: '   ' }, /name/],
      ['people/create', { fullName: 42 }, /fullName/],
      ['people/create', { fullName: 'x'.repeat(201) }, /200 characters/],
      ['people/create', { fullName: 'Ok', email: 'not an email' }, /email/],
      ['people/create', { fullName: 'Ok', role: 'chair' }, /role|Unrecognized/i],
      ['people/update', { id: 999, fullName: 'Nobody' }, /no person with id 999/],
      ['people/update', { id: -1 }, /id/],
      ['people/delete', { id: 999 }, /no person with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
