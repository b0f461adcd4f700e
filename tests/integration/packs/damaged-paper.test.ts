// An attached PDF passes the checks at attach time when it starts and ends as
// a PDF does; what lies between is only read when a pack is built. A paper
// damaged inside, or with no pages, stops the build with a message naming
// the paper and its item, in both formats, and issuing writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { makeTempDir } from '../../helpers/temp';

const dir = makeTempDir('damaged-paper');
let ctx: CoreContext;
let decemberId: number;
let itemId: number;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const outcome = await invoke(ctx, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as ApiOutput<M>;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-24T10:00:00Z'), emit: () => undefined });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  decemberId = (await call('meetings/list', {})).find((meeting) => meeting.meetingDate === '2026-12-01')?.id ?? 0;
  const meeting = await call('meetings/get', { id: decemberId });
  itemId = meeting.agendaItems.find((item) => item.kind === 'terms_and_work_programme')?.id ?? 0;
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PDFS = [
  {
    name: 'damaged inside',
    fileName: 'budget-appendix.pdf',
    bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41), Buffer.from('\n%%EOF\n')]),
    expected: /^The pack was not built: the attached PDF “Appendix B: budget” \(item \d+, Terms of reference and work programme\) is damaged and cannot be opened\. Open the original file, save or print it to PDF again, put that copy on the item in place of this one/,
  },
  {
    name: 'with no pages',
    fileName: 'empty-appendix.pdf',
    bytes: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    expected: /^The pack was not built: the attached PDF “Appendix B: budget” \(item \d+, Terms of reference and work programme\) has no pages\./,
  },
];

describe('an attached PDF that cannot be used in a pack', () => {
  for (const sample of PDFS) {
    it(`stops the build and the issue when it is ${sample.name}, naming the paper and its item`, async () => {
      const attachment = await call('attachments/add', { fileName: sample.fileName, dataBase64: sample.bytes.toString('base64') });
      const paper = await call('papers/add', { agendaItemId: itemId, attachmentId: attachment.id, label: 'Appendix B: budget' });
      const packsBefore = await call('packs/list', { meetingId: decemberId });
      const outDir = path.join(dir, `out-${attachment.id}`);

      for (const format of ['pdf', 'docx'] as const) {
        const built = await invoke(ctx, 'packs/build', { meetingId: decemberId, edition: 'public', format, outDir });
        expect(built.ok ? 'built' : built.error.code, format).toBe('conflict');
        if (!built.ok) expect(built.error.message, format).toMatch(sample.expected);
      }
      const issued = await invoke(ctx, 'packs/issue', { meetingId: decemberId, edition: 'both', format: 'both', outDir });
      expect(issued.ok ? 'issued' : issued.error.message).toMatch(sample.expected);
      expect(await call('packs/list', { meetingId: decemberId })).toEqual(packsBefore);
      expect(fs.existsSync(outDir) ? fs.readdirSync(outDir) : []).toEqual([]);

      // Without the paper the same pack builds.
      await call('papers/remove', { id: paper.id });
      const rebuilt = await call('packs/build', { meetingId: decemberId, edition: 'public', format: 'pdf', outDir });
      expect(rebuilt.files.map((file) => file.fileName)).toEqual(['2026-12-01-improvement-subgroup-public.pdf']);
    });
  }
});
