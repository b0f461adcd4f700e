import type { ApiParsedInput } from '../../../shared/api/contract';
import { AUDIT_PAGE_DEFAULT, type AuditEntry, type IssuedPack } from '../../../shared/api/methods/records';
import { safeFileName } from '../attachments/safe-names';
import { listAudit } from '../repositories/audit';
import { getIssuedPack, insertIssuedPack, listIssuedPacks, nextPackVersion } from '../repositories/packs';
import { storeContentOnce } from './attachments';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

/** The audit trail, newest first, one page at a time. */
export function listAuditService(ctx: ServiceContext, input: ApiParsedInput<'audit/list'>): AuditEntry[] {
  return listAudit(ctx.db, {
    entity: input.entity ?? null,
    entityId: input.entityId ?? null,
    beforeId: input.beforeId ?? null,
    limit: input.limit ?? AUDIT_PAGE_DEFAULT,
  });
}

/** The packs issued for a meeting, newest first. */
export function listPacksService(ctx: ServiceContext, input: ApiParsedInput<'packs/list'>): IssuedPack[] {
  mustExist(ctx, 'meetings', input.meetingId, 'meetingId', 'meeting');
  return listIssuedPacks(ctx.db, input.meetingId);
}

/** A pack just built, to be kept as issued. */
export type PackToRecord = {
  meetingId: number;
  kind: IssuedPack['kind'];
  edition: IssuedPack['edition'];
  format: IssuedPack['format'];
  fileName: string;
  data: Buffer;
  pageCount: number | null;
};

/**
 * Keeps an issued pack frozen: its bytes are stored once (shared with
 * attachments), it gets the next version for its meeting, kind, edition and
 * format, and the issue is audited. Called by the pack builder, not the API.
 */
export function recordIssuedPack(ctx: ServiceContext, pack: PackToRecord): IssuedPack {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'meetings', pack.meetingId, 'meetingId', 'meeting');
    const contentId = storeContentOnce(ctx, pack.data);
    const version = nextPackVersion(ctx.db, pack);
    const fileName = safeFileName(pack.fileName);
    const packId = insertIssuedPack(ctx.db, {
      meetingId: pack.meetingId,
      kind: pack.kind,
      edition: pack.edition,
      format: pack.format,
      version,
      fileName,
      contentId,
      pageCount: pack.pageCount,
      issuedAt: ctx.now().toISOString(),
    });
    audit(ctx, 'issue', 'pack', packId, `${fileName} (${pack.edition} ${pack.kind} pack, ${pack.format.toUpperCase()}, version ${version}) for meeting ${pack.meetingId}`);
    return found(getIssuedPack(ctx.db, packId), 'issued pack', packId);
  });
}
