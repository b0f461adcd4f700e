import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toMatchQuery } from '../../../electron/core/services/search';
import type { Highlighted } from '../../../shared/api/methods/search';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
const plain = (segments: Highlighted) => segments.map((segment) => segment.text).join('');
const marked = (segments: Highlighted) => segments.filter((segment) => segment.isMatch).map((segment) => segment.text);
const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeEach(async () => {
  ws = await openTestWorkspace('search');
  // Rows written directly: this test is about the index the triggers keep, whichever service writes.
  const { db } = ws.ctx.workspace.current();
  const at = '2026-01-01T00:00:00Z';
  db.prepare("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Officer', ?, ?)").run(at, at);
  db.prepare("INSERT INTO committees (name, minute_prefix, created_at, updated_at) VALUES ('Ofsted Subgroup', 'CYP/OSG', ?, ?)").run(at, at);
  db.prepare("INSERT INTO meetings (committee_id, meeting_date, created_at, updated_at) VALUES (1, '2018-10-02', ?, ?)").run(at, at);
  db.prepare("INSERT INTO agenda_items (meeting_id, position, title, summary, created_at, updated_at) VALUES (1, 1, 'Placement sufficiency', 'Report on residential placements', ?, ?)").run(at, at);
  db.prepare("INSERT INTO minute_entries (meeting_id, position, reference, numbering_year, sequence_number, heading, discussion, created_at, updated_at) VALUES (1, 1, 'CYP/OSG/18/15', 2018, 15, 'Care leavers', ?, ?, ?)")
    .run(doc('Members asked about suitable accommodation for care leavers.'), at, at);
  db.prepare("INSERT INTO decisions (minute_entry_id, position, text) VALUES (1, 1, 'To request a briefing on accommodation.')").run();
  db.prepare("INSERT INTO documents (kind, title, body, created_at, updated_at) VALUES ('report', 'Fostering update', ?, ?, ?)").run(doc('Foster carer recruitment improved; placement stability is better.'), at, at);
});
afterEach(() => { ws.close(); });

describe('full-text search', () => {
  it('finds words across kinds as prefixes, with marked snippets and where each hit lives', async () => {
    const results = await ws.call('search/query', { text: 'placement' });
    expect(results.hits.map((hit) => hit.kind).sort()).toEqual(['agenda_item', 'document']);
    const documentHit = results.hits.find((hit) => hit.kind === 'document');
    expect(marked(documentHit?.snippet ?? [])).toEqual(['placement']);
    expect(documentHit?.target).toEqual({ section: 'documents', recordKind: 'document', recordId: 1 });
    const itemHit = results.hits.find((hit) => hit.kind === 'agenda_item');
    expect(itemHit?.context).toBe('Ofsted Subgroup · 2 October 2018');
    expect(itemHit?.target).toMatchObject({ section: 'meetings', recordKind: 'meeting', recordId: 1 });
    expect(plain(itemHit?.title ?? [])).toBe('Placement sufficiency');

    expect((await ws.call('search/query', { text: 'accommodat' })).countsByKind).toEqual({ minute_entry: 1, decision: 1 });
    expect((await ws.call('search/query', { text: 'CYP/OSG/18/15' })).hits.map((hit) => hit.kind)).toEqual(['minute_entry']);
  });

  it('keeps the index in step with edits and deletions', async () => {
    const { db } = ws.ctx.workspace.current();
    db.prepare("UPDATE documents SET body = ? WHERE id = 1").run(doc('Adoption timeliness is the focus now.'));
    expect((await ws.call('search/query', { text: 'foster carer' })).hits).toEqual([]);
    expect((await ws.call('search/query', { text: 'adoption' })).hits).toHaveLength(1);
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    expect((await ws.call('search/query', { text: 'adoption' })).hits).toEqual([]);
  });

  it('filters by kind and treats quotes and operators in the text as plain words', async () => {
    const onlyDecisions = await ws.call('search/query', { text: 'accommodation', kinds: ['decision'] });
    expect(onlyDecisions.hits.map((hit) => hit.kind)).toEqual(['decision']);
    for (const text of ['"placement', 'placement OR NOT', 'care* AND (', 'NEAR(x y)', '-placement', '^placement']) {
      const result = await ws.attempt('search/query', { text });
      expect(result.ok, text).toBe(true);
    }
    expect(toMatchQuery('  !!  ')).toBeNull();
    expect(toMatchQuery('care "leavers')).toBe('"care"* "leavers"*');
  });

  it('rejects an empty or over-long query by naming the field', async () => {
    for (const input of [{ text: '' }, { text: 'x'.repeat(201) }, { text: 'ok', limit: 0 }, { text: 'ok', kinds: ['spells'] }]) {
      const result = await ws.attempt('search/query', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/text|limit|kinds/);
    }
  });
});
