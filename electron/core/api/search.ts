import { searchWorkspace } from '../services/search';
import { services, type DomainHandlers } from './handler';

export const searchHandlers: DomainHandlers<'search'> = {
  'search/query': (ctx, input) => searchWorkspace(services(ctx), input),
};
