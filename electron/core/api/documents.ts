import type { DomainHandlers } from './handler';

export const documentHandlers: DomainHandlers<'documents'> = {};
