import { getSettingsService, updateSettingsService } from '../services/settings';
import { services, type DomainHandlers } from './handler';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings/get': (ctx) => getSettingsService(services(ctx)),
  'settings/update': (ctx, input) => updateSettingsService(services(ctx), input),
};
