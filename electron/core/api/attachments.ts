import type { DomainHandlers } from './handler';

export const attachmentHandlers: DomainHandlers<'attachments'> = {};
