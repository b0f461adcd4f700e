import { listAuditService } from '../services/records';
import { services, type DomainHandlers } from './handler';

export const recordHandlers: DomainHandlers<'audit'> = {
  'audit/list': (ctx, input) => listAuditService(services(ctx), input),
};
