import { z } from 'zod';
import { method } from '../method';
import { id, line } from '../schema';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'reorder', 'archive', 'restore', 'import', 'issue'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change in the audit trail: who did what to which record, and when. */
export type AuditEntry = {
  id: number;
  /** ISO-8601 UTC moment. */
  at: string;
  author: string;
  action: AuditAction;
  /** The kind of record: 'person', 'document', 'attachment', 'pack'… */
  entity: string;
  entityId: number | null;
  summary: string;
};

/** How many audit entries one page holds by default, and at most. */
export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/** A pack as it was issued: kept frozen, so what was sent can be produced again. */
export type IssuedPack = {
  id: number;
  meetingId: number;
  kind: 'main' | 'supplementary';
  edition: 'public' | 'members';
  format: 'pdf' | 'docx';
  /** 1 for the first issue of this kind, edition and format; re-issuing adds one. */
  version: number;
  fileName: string;
  pageCount: number | null;
  issuedAt: string;
  issuedBy: string;
  size: number;
  sha256: string;
};

export const recordMethods = {
  'audit/list': method<AuditEntry[]>()(
    z
      .object({
        entity: line(50).optional(),
        entityId: id.optional(),
        limit: z.number().int('Give a whole number.').min(1, 'Give at least 1.').max(AUDIT_PAGE_MAX, `Give at most ${AUDIT_PAGE_MAX}.`).optional(),
        beforeId: id.optional(),
      })
      .strict(),
    'The audit trail, newest first; page back with beforeId (the id of the last entry shown)',
  ),
} as const;
