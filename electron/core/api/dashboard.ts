import { dashboardSummary } from '../services/dashboard';
import { services, type DomainHandlers } from './handler';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard/summary': (ctx, input) => dashboardSummary(services(ctx), input),
};
