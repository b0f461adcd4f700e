import { listAuditService, listPacksService } from '../services/records';
import { services, type DomainHandlers } from './handler';

export const recordHandlers: DomainHandlers<'audit' | 'packs'> = {
  'audit/list': (ctx, input) => listAuditService(services(ctx), input),
  'packs/list': (ctx, input) => listPacksService(services(ctx), input),
};
